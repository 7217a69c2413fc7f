import { ChildCategoryChanged, ChildCategoryChangedV1, ChildRegistered, ChildRegisteredV1 } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { AutomaticTagging } from '../application/automatic-tagging';
import { childDecision } from '../domain/automatic-tags';

/** Consumer `community.children`: child welfare's categories give and close 困境儿童. */
@EventConsumerGroup('children')
export class ChildrenConsumer {
  constructor(private readonly tagging: AutomaticTagging) {}

  @OnEvent(ChildRegistered)
  async registered(c: ChildRegisteredV1): Promise<void> {
    await this.tagging.apply([childDecision(c)], 'child-welfare');
  }

  @OnEvent(ChildCategoryChanged)
  async categoryChanged(c: ChildCategoryChangedV1): Promise<void> {
    await this.tagging.apply([childDecision({ citizenId: c.citizenId, category: c.to })], 'child-welfare');
  }
}
