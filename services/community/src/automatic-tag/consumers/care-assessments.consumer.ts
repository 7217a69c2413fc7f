import { CareLevelAssessed, CareLevelAssessedV1 } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { AutomaticTagging } from '../application/automatic-tagging';
import { careLevelDecision } from '../domain/automatic-tags';

/** Consumer `community.care-assessments`: eldercare's care levels give and close 失能老人 by the levels the policy names. */
@EventConsumerGroup('care-assessments')
export class CareAssessmentsConsumer {
  constructor(private readonly tagging: AutomaticTagging) {}

  @OnEvent(CareLevelAssessed)
  async assessed(a: CareLevelAssessedV1): Promise<void> {
    await this.tagging.apply([careLevelDecision(a, await this.tagging.disabilityLevels())], 'eldercare');
  }
}
