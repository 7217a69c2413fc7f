import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, stringEnum, Type, uuidSchema } from '../schema-parts';

export const ADOPTION_ASSESSMENT_TOPIC = 'child-welfare.adoption-assessment';

/** 收养评估 completed: what registration checks before it registers an adoption. Fixed here for child-welfare to produce. */
export const AdoptionAssessmentCompleted = defineEvent({
  type: 'child-welfare.adoption-assessment.completed.v1',
  topic: ADOPTION_ASSESSMENT_TOPIC,
  producer: 'child-welfare',
  summary: 'An adoption assessment (收养评估) of prospective adopters was completed, with its result.',
  schema: objectSchema({
    assessmentId: uuidSchema,
    adopterCitizenIds: Type.Array(citizenIdSchema, { minItems: 1, maxItems: 2 }),
    result: stringEnum(['positive', 'negative']),
    completedOn: businessDateSchema,
  }),
  example: { assessmentId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e40', adopterCitizenIds: ['110105198001011238'], result: 'positive', completedOn: '2027-01-15' },
});

export type AdoptionAssessmentCompletedV1 = EventData<typeof AdoptionAssessmentCompleted>;
