import { defineEvent } from '../event-contract';
import { citizenIdSchema, divisionCodeSchema, instantSchema, objectSchema } from '../schema-parts';

export const PERSON_TAG_TOPIC = 'community.person-tag';

export interface PersonTaggedV1 {
  citizenId: string;
  name: string;
  /** A tag of the governed dictionary (标签字典), e.g. living-alone-elder, disabled. */
  tag: string;
  divisionCode: string;
  taggedAt: string;
}

/** 打标签: the community cloud (社区云) tagged a person; other contexts act on it. */
export const PersonTagged = defineEvent<PersonTaggedV1>({
  type: 'community.person-tag.tagged.v1',
  topic: PERSON_TAG_TOPIC,
  producer: 'community',
  summary: 'A person was tagged in the community cloud (社区云), e.g. living-alone elder (独居老人) or disabled (残疾人).',
  schema: objectSchema({
    citizenId: citizenIdSchema,
    name: { type: 'string', minLength: 1 },
    tag: { type: 'string', minLength: 1 },
    divisionCode: divisionCodeSchema,
    taggedAt: instantSchema,
  }),
  example: { citizenId: '11010519491231002X', name: '李四', tag: 'living-alone-elder', divisionCode: '310104003012', taggedAt: '2026-03-01T02:00:00.000Z' },
});
