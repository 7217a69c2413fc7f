import { defineEvent } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, uuidSchema } from '../schema-parts';

export const ADOPTION_ASSESSMENT_TOPIC = 'child-welfare.adoption-assessment';

export interface AdoptionAssessmentCompletedV1 {
  assessmentId: string;
  adopterCitizenIds: string[];
  result: 'positive' | 'negative';
  completedOn: string;
}

/** 收养评估 completed: what registration checks before it registers an adoption. Fixed here for child-welfare to produce. */
export const AdoptionAssessmentCompleted = defineEvent<AdoptionAssessmentCompletedV1>({
  type: 'child-welfare.adoption-assessment.completed.v1',
  topic: ADOPTION_ASSESSMENT_TOPIC,
  producer: 'child-welfare',
  summary: 'An adoption assessment (收养评估) of prospective adopters was completed, with its result.',
  schema: objectSchema({
    assessmentId: uuidSchema,
    adopterCitizenIds: { type: 'array', minItems: 1, maxItems: 2, items: citizenIdSchema },
    result: { type: 'string', enum: ['positive', 'negative'] },
    completedOn: businessDateSchema,
  }),
  example: { assessmentId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e40', adopterCitizenIds: ['110105198001011238'], result: 'positive', completedOn: '2027-01-15' },
});
