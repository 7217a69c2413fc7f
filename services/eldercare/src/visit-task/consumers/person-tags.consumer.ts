import { PersonTagged, PersonTaggedV1 } from '@civic/contracts';
import { EventConsumerGroup, OnEvent } from '@civic/platform';
import { VisitTaskCommands } from '../application/visit-task-commands';

/** Consumer `eldercare.person-tags`: an elder tagged living alone (独居老人) by community gets a visit planned by their district. */
@EventConsumerGroup('person-tags')
export class PersonTagsConsumer {
  constructor(private readonly visits: VisitTaskCommands) {}

  @OnEvent(PersonTagged)
  async tagged(t: PersonTaggedV1): Promise<void> {
    await this.visits.personTagged(t);
  }
}
