import { DivisionEstablished, DivisionEstablishedV1, DivisionRenamed, DivisionRenamedV1, DivisionRevoked, DivisionRevokedV1 } from '@civic/contracts';
import type { CloudEvent, Subscription } from '@civic/messaging';
import type { EventSubscriber } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DivisionView } from './division-view.entity';

/**
 * Keeps the local division read model current. Runs inside the inbox transaction, so a redelivered
 * event changes nothing; events of one division arrive in order (key = code).
 */
@Injectable()
export class DivisionEventsSubscriber implements EventSubscriber {
  readonly consumerName = 'divisions';

  subscriptions(): Subscription[] {
    return [
      { contract: DivisionEstablished, handle: (e, tx) => this.established(e, tx) },
      { contract: DivisionRenamed, handle: (e, tx) => this.renamed(e, tx) },
      { contract: DivisionRevoked, handle: (e, tx) => this.revoked(e, tx) },
    ];
  }

  private async established(event: CloudEvent<DivisionEstablishedV1>, tx: EntityManager): Promise<void> {
    const d = event.data;
    await tx.getRepository(DivisionView).upsert(
      { code: d.code, name: d.name, level: d.level, parentCode: d.parentCode, validFrom: d.validFrom, validTo: null, status: 'active', lastEventId: event.id, updatedAt: new Date(event.time) },
      ['code'],
    );
  }

  private async renamed(event: CloudEvent<DivisionRenamedV1>, tx: EntityManager): Promise<void> {
    await tx.getRepository(DivisionView).update({ code: event.data.code }, { name: event.data.name, lastEventId: event.id, updatedAt: new Date(event.time) });
  }

  private async revoked(event: CloudEvent<DivisionRevokedV1>, tx: EntityManager): Promise<void> {
    await tx.getRepository(DivisionView).update(
      { code: event.data.code },
      { status: 'revoked', validTo: event.data.validTo, lastEventId: event.id, updatedAt: new Date(event.time) },
    );
  }
}
