import { BackgroundWorker, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { WaitingListCommands } from './waiting-list-commands';

export const OFFER_EXPIRY_SWEEP_MS = Symbol('OFFER_EXPIRY_SWEEP_MS');

/** Lapses offers left unanswered past their date, and offers their beds on; idempotent, so replicas may all run it. */
@Injectable()
export class OfferExpiryWorker extends BackgroundWorker {
  constructor(
    private readonly line: WaitingListCommands,
    private readonly uow: UnitOfWork,
    @Inject(OFFER_EXPIRY_SWEEP_MS) private readonly sweepMs: number,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.sweepMs;
  }

  protected async pending(): Promise<string[]> {
    return ['offer-expiry'];
  }

  protected async work(): Promise<void> {
    const lapsed = await this.uow.run(() => this.line.expireDue(), {
      actor: systemActor('offer-expiry'),
      audit: (count) => (count ? { action: 'bed-offer.expire', resourceType: 'bed-offer', details: { lapsed: count } } : undefined),
    });
    if (lapsed) this.logger.log(`${lapsed} bed offer(s) lapsed and re-offered`);
  }
}
