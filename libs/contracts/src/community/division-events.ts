import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, divisionCodeSchema, nullable, objectSchema, stringEnum, Type } from '../schema-parts';

/** Topic of the administrative division stream (行政区划), keyed by division code. */
export const DIVISION_TOPIC = 'community.division';

const level = stringEnum(['province', 'prefecture', 'county', 'township', 'committee']);
const name = Type.String({ minLength: 1, maxLength: 100 });

/** 设立: a division comes into being. */
export const DivisionEstablished = defineEvent({
  type: 'community.division.established.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was established (设立).',
  schema: objectSchema({ code: divisionCodeSchema, name, level, parentCode: nullable(divisionCodeSchema), validFrom: businessDateSchema }),
  example: { code: '310104003', name: '天平路街道', level: 'township', parentCode: '310104', validFrom: '2026-01-01' },
});

/** 更名: a division takes a new name from a date. */
export const DivisionRenamed = defineEvent({
  type: 'community.division.renamed.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was renamed (更名).',
  schema: objectSchema({ code: divisionCodeSchema, previousName: name, name, effectiveFrom: businessDateSchema }),
  example: { code: '310104003', previousName: '天平路街道', name: '天平街道', effectiveFrom: '2026-07-01' },
});

/** 撤销: a division ceases to exist after a date. */
export const DivisionRevoked = defineEvent({
  type: 'community.division.revoked.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was revoked (撤销).',
  schema: objectSchema({ code: divisionCodeSchema, validTo: businessDateSchema, reason: Type.String({ minLength: 1, maxLength: 500 }) }),
  example: { code: '310104003', validTo: '2026-12-31', reason: '区划调整' },
});

/** 合并: committees of one sub-district joined this one; each of them is also revoked (the day before) on this topic. */
export const DivisionMerged = defineEvent({
  type: 'community.division.merged.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: "Residents' or villagers' committees were merged into this one (合并); their persons and dwellings belong to it from effectiveFrom.",
  schema: objectSchema({ code: divisionCodeSchema, mergedCodes: Type.Array(divisionCodeSchema, { minItems: 1 }), effectiveFrom: businessDateSchema }),
  example: { code: '310104003001', mergedCodes: ['310104003002'], effectiveFrom: '2026-07-01' },
});

export type DivisionEstablishedV1 = EventData<typeof DivisionEstablished>;
export type DivisionRenamedV1 = EventData<typeof DivisionRenamed>;
export type DivisionRevokedV1 = EventData<typeof DivisionRevoked>;
export type DivisionMergedV1 = EventData<typeof DivisionMerged>;

export const DIVISION_EVENTS = [DivisionEstablished, DivisionRenamed, DivisionRevoked];
