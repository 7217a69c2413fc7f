import { DivisionEstablished, DivisionEstablishedV1, DivisionRenamed, DivisionRenamedV1, DivisionRevoked, DivisionRevokedV1 } from '@civic/contracts';
import { EventConsumerGroup, InboxContext, OnEvent } from '@civic/platform';
import { Ctx } from '@nestjs/microservices';
import { DivisionView } from './division-view.entity';

/**
 * Consumer `<service>.divisions`: keeps the local division read model current. Runs inside the
 * inbox transaction, so a redelivered event changes nothing; events of one division arrive in
 * order (key = code).
 */
@EventConsumerGroup('divisions')
export class DivisionEventsConsumer {
  @OnEvent(DivisionEstablished)
  async established(d: DivisionEstablishedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await inbox.transaction.getRepository(DivisionView).upsert(
      {
        code: d.code,
        name: d.name,
        level: d.level,
        parentCode: d.parentCode,
        validFrom: d.validFrom,
        validTo: null,
        status: 'active',
        lastEventId: inbox.event.id,
        updatedAt: new Date(inbox.event.time),
      },
      ['code'],
    );
  }

  @OnEvent(DivisionRenamed)
  async renamed(d: DivisionRenamedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await inbox.transaction
      .getRepository(DivisionView)
      .update({ code: d.code }, { name: d.name, lastEventId: inbox.event.id, updatedAt: new Date(inbox.event.time) });
  }

  @OnEvent(DivisionRevoked)
  async revoked(d: DivisionRevokedV1, @Ctx() inbox: InboxContext): Promise<void> {
    await inbox.transaction
      .getRepository(DivisionView)
      .update({ code: d.code }, { status: 'revoked', validTo: d.validTo, lastEventId: inbox.event.id, updatedAt: new Date(inbox.event.time) });
  }
}
