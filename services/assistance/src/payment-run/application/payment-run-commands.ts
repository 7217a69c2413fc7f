import { afterCommit, requestContext } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { parsePaymentMonth } from '../domain/payment-month';
import { startDecision } from '../domain/payment-run';
import { PaymentRunRow, PaymentRunStore } from '../persistence/payment-run.store';
import { PaymentRunWorker } from './payment-run-worker';

/** 发放: starting (or resuming) a month's run. The work itself happens in the background worker. */
@Injectable()
export class PaymentRunCommands {
  constructor(
    private readonly store: PaymentRunStore,
    private readonly worker: PaymentRunWorker,
  ) {}

  /** Idempotent: a completed month is returned as it is; an interrupted one resumes; a running one is left alone. */
  async start(rawMonth: string): Promise<{ run: PaymentRunRow; created: boolean }> {
    const month = parsePaymentMonth(rawMonth);
    const existing = await this.store.find(month);
    const decision = startDecision(existing);
    if (decision === 'create') await this.store.create(month, requestContext.current()?.actor?.subject ?? 'system');
    if (decision === 'resume') await this.store.resume(month);
    if (decision === 'create' || decision === 'resume') afterCommit(() => void this.worker.wake(month.toString()));
    return { run: (await this.store.find(month))!, created: decision === 'create' };
  }
}
