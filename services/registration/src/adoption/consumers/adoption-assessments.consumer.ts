import { AdoptionAssessmentCompleted, AdoptionAssessmentCompletedV1 } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { AdoptionCommands } from '../application/adoption-commands';

/** Consumer `registration.adoption-assessments`: keeps the assessments an adoption registration checks. */
@EventConsumerGroup('adoption-assessments')
export class AdoptionAssessmentsConsumer {
  constructor(private readonly adoptions: AdoptionCommands) {}

  @OnEvent(AdoptionAssessmentCompleted)
  async completed(a: AdoptionAssessmentCompletedV1): Promise<void> {
    await this.adoptions.recordAssessment({ id: a.assessmentId, adopterCitizenIds: a.adopterCitizenIds, result: a.result, completedOn: a.completedOn });
  }
}
