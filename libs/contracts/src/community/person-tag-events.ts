import { defineEvent, EventData } from '../event-contract';
import { citizenIdSchema, divisionCodeSchema, instantSchema, objectSchema, Type } from '../schema-parts';

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
