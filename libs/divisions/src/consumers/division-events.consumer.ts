import { DivisionEstablished, DivisionEstablishedV1, DivisionRenamed, DivisionRenamedV1, DivisionRevoked, DivisionRevokedV1 } from '@civic/contracts';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Inject } from '@nestjs/common';
import { Ctx } from '@nestjs/microservices';
import { DIVISION_READ_MODEL, DivisionReadModel, FromEvent } from '../application/division-read-model';

/**
 * Consumer `<service>.divisions`: keeps the local division read model current. Runs inside the
 * inbox transaction, so a redelivered event changes nothing; events of one division arrive in
 * order (key = code).
 */
@EventConsumerGroup('divisions')
export class DivisionEventsConsumer {
  constructor(@Inject(DIVISION_READ_MODEL) private readonly divisions: DivisionReadModel) {}

  @OnEvent(DivisionEstablished)
  established(d: DivisionEstablishedV1, @Ctx() inbox: InboxContext): Promise<void> {
    return this.divisions.established({ code: d.code, name: d.name, level: d.level, parentCode: d.parentCode, validFrom: d.validFrom }, fromEvent(inbox));
  }

  @OnEvent(DivisionRenamed)
  renamed(d: DivisionRenamedV1, @Ctx() inbox: InboxContext): Promise<void> {
    return this.divisions.renamed(d.code, d.name, fromEvent(inbox));
  }

  @OnEvent(DivisionRevoked)
  revoked(d: DivisionRevokedV1, @Ctx() inbox: InboxContext): Promise<void> {
    return this.divisions.revoked(d.code, d.validTo, fromEvent(inbox));
  }
}

function fromEvent(inbox: InboxContext): FromEvent {
  return { eventId: inbox.event.id, at: new Date(inbox.event.time) };
}
