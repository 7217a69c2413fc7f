import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const CARE_ASSESSMENT_TOPIC = 'eldercare.care-assessment';

/** 老年照护统一需求评估: an elder was given a care level 0-6 from a date. */
export const CareLevelAssessed = defineEvent({
  type: 'eldercare.care-assessment.assessed.v1',
  topic: CARE_ASSESSMENT_TOPIC,
  producer: 'eldercare',
  summary: 'An elder was assessed at a care level 0-6 (老年照护统一需求评估), replacing any earlier level from that date.',
  schema: objectSchema({
    assessmentId: uuidSchema,
    citizenId: citizenIdSchema,
    divisionCode: divisionCodeSchema,
    level: Type.Integer({ minimum: 0, maximum: 6 }),
    assessedOn: businessDateSchema,
    qualifiesForSubsidisedCare: Type.Boolean({ description: 'the level is one the policy names (levels 2-6 today)' }),
  }),
  example: {
    assessmentId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    citizenId: '11010519491231002X',
    divisionCode: '310104003',
    level: 3,
    assessedOn: '2026-05-20',
    qualifiesForSubsidisedCare: true,
  },
});

export type CareLevelAssessedV1 = EventData<typeof CareLevelAssessed>;
