import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, instantSchema, nullable, objectSchema, Type, uuidSchema } from '../schema-parts';

export const PERSON_TAG_TOPIC = 'community.person-tag';

/** 打标签: the community cloud (社区云) tagged a person; other contexts act on it. */
export const PersonTagged = defineEvent({
  type: 'community.person-tag.tagged.v1',
  topic: PERSON_TAG_TOPIC,
  producer: 'community',
  summary: 'A person was tagged in the community cloud (社区云), e.g. living-alone elder (独居老人) or disabled (残疾人).',
  schema: objectSchema({
    citizenId: citizenIdSchema,
    name: Type.String({ minLength: 1 }),
    tag: Type.String({ minLength: 1, description: 'A tag of the governed dictionary (标签字典), e.g. living-alone-elder, disabled' }),
    divisionCode: divisionCodeSchema,
    taggedAt: instantSchema,
  }),
  example: { citizenId: '11010519491231002X', name: '李四', tag: 'living-alone-elder', divisionCode: '310104003012', taggedAt: '2026-03-01T02:00:00.000Z' },
});

export type PersonTaggedV1 = EventData<typeof PersonTagged>;

/** 去标签: a person's tag was closed (by an officer, by the owning context's event, or because the person died). */
export const PersonUntagged = defineEvent({
  type: 'community.person-tag.untagged.v1',
  topic: PERSON_TAG_TOPIC,
  producer: 'community',
  summary: "A person's tag was closed in the community cloud (社区云): removed by an officer, by the owning context's event, or at death.",
  schema: objectSchema({
    citizenId: citizenIdSchema,
    tag: Type.String({ minLength: 1, description: 'A tag of the governed dictionary (标签字典)' }),
    divisionCode: divisionCodeSchema,
    reason: Type.String({ minLength: 1 }),
    untaggedAt: instantSchema,
  }),
  example: {
    citizenId: '11010519491231002X',
    tag: 'living-alone-elder',
    divisionCode: '310104003012',
    reason: '已与子女同住',
    untaggedAt: '2026-05-01T02:00:00.000Z',
  },
});

export type PersonUntaggedV1 = EventData<typeof PersonUntagged>;

export const PERSON_TOPIC = 'community.person';

/** 人房数据: a person moved into, between or out of dwellings of the community cloud (from/to: the committees; null when moving in / out). */
export const PersonMoved = defineEvent({
  type: 'community.person.moved.v1',
  topic: PERSON_TOPIC,
  producer: 'community',
  summary: 'A person moved into a dwelling, between dwellings, or out of the city’s records (迁入, 迁移, 迁出).',
  schema: objectSchema({
    personId: uuidSchema,
    citizenId: citizenIdSchema,
    fromDivisionCode: nullable(divisionCodeSchema),
    toDivisionCode: nullable(divisionCodeSchema),
    movedOn: businessDateSchema,
  }),
  example: {
    personId: '5f0c2b1e-8d7a-4c3b-9e2f-1a2b3c4d5e6f',
    citizenId: '11010519491231002X',
    fromDivisionCode: '310104003012',
    toDivisionCode: '310104004001',
    movedOn: '2026-05-01',
  },
});

export type PersonMovedV1 = EventData<typeof PersonMoved>;
