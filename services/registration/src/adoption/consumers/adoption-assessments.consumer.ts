import { AdoptionAssessmentCompleted, AdoptionAssessmentCompletedV1 } from '@civic/contracts';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Ctx } from '@nestjs/microservices';
import { AdoptionStore } from '../persistence/adoption.store';

/** Consumer `registration.adoption-assessments`: keeps the assessments an adoption registration checks. */
@EventConsumerGroup('adoption-assessments')
export class AdoptionAssessmentsConsumer {
  constructor(private readonly store: AdoptionStore) {}

  @OnEvent(AdoptionAssessmentCompleted)
  async completed(a: AdoptionAssessmentCompletedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await this.store.recordAssessment(inbox.transaction, {
      id: a.assessmentId,
      adopterCitizenIds: a.adopterCitizenIds,
      result: a.result,
      completedOn: a.completedOn,
    });
  }
}
