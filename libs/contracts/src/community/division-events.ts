import { defineEvent, JsonSchema } from '../event-contract';
import { businessDateSchema, divisionCodeSchema } from '../schema-parts';

/** Topic of the administrative division stream (行政区划), keyed by division code. */
export const DIVISION_TOPIC = 'community.division';

const divisionCode = divisionCodeSchema;
const businessDate = businessDateSchema;
const level: JsonSchema = { type: 'string', enum: ['province', 'prefecture', 'county', 'township', 'committee'] };

export interface DivisionEstablishedV1 {
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county' | 'township' | 'committee';
  parentCode: string | null;
  validFrom: string;
}

/** 设立: a division comes into being. */
export const DivisionEstablished = defineEvent<DivisionEstablishedV1>({
  type: 'community.division.established.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was established (设立).',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['code', 'name', 'level', 'parentCode', 'validFrom'],
    properties: {
      code: divisionCode,
      name: { type: 'string', minLength: 1, maxLength: 100 },
      level,
      parentCode: { anyOf: [divisionCode, { type: 'null' }] },
      validFrom: businessDate,
    },
  },
  example: { code: '310104003', name: '天平路街道', level: 'township', parentCode: '310104', validFrom: '2026-01-01' },
});

export interface DivisionRenamedV1 {
  code: string;
  previousName: string;
  name: string;
  effectiveFrom: string;
}

/** 更名: a division takes a new name from a date. */
export const DivisionRenamed = defineEvent<DivisionRenamedV1>({
  type: 'community.division.renamed.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was renamed (更名).',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['code', 'previousName', 'name', 'effectiveFrom'],
    properties: {
      code: divisionCode,
      previousName: { type: 'string', minLength: 1, maxLength: 100 },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      effectiveFrom: businessDate,
    },
  },
  example: { code: '310104003', previousName: '天平路街道', name: '天平街道', effectiveFrom: '2026-07-01' },
});

export interface DivisionRevokedV1 {
  code: string;
  validTo: string;
  reason: string;
}

/** 撤销: a division ceases to exist after a date. */
export const DivisionRevoked = defineEvent<DivisionRevokedV1>({
  type: 'community.division.revoked.v1',
  topic: DIVISION_TOPIC,
  producer: 'community',
  summary: 'An administrative division was revoked (撤销).',
  schema: {
    type: 'object',
    additionalProperties: true,
    required: ['code', 'validTo', 'reason'],
    properties: { code: divisionCode, validTo: businessDate, reason: { type: 'string', minLength: 1, maxLength: 500 } },
  },
  example: { code: '310104003', validTo: '2026-12-31', reason: '区划调整' },
});

export const DIVISION_EVENTS = [DivisionEstablished, DivisionRenamed, DivisionRevoked];
