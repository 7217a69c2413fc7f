import { AdoptionAssessmentCompleted, AdoptionAssessmentCompletedV1 } from '@civic/contracts';
import type { CloudEvent, Subscription } from '@civic/messaging';
import { EventSubscriber } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AdoptionStore } from '../persistence/adoption.store';

/** Consumer `registration.adoption-assessments`: keeps the assessments an adoption registration checks. */
@Injectable()
export class AdoptionAssessmentsSubscriber implements EventSubscriber {
  readonly consumerName = 'adoption-assessments';

  constructor(private readonly store: AdoptionStore) {}

  subscriptions(): Subscription[] {
    return [
      {
        contract: AdoptionAssessmentCompleted,
        handle: (e: CloudEvent<AdoptionAssessmentCompletedV1>, tx) => this.store.recordAssessment(tx, { id: e.data.assessmentId, adopterCitizenIds: e.data.adopterCitizenIds, result: e.data.result, completedOn: e.data.completedOn }),
      },
    ];
  }
}
