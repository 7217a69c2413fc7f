import { BackgroundWorker, PlatformMetrics, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PaymentRunMetrics, paymentRunMetrics } from './payment-run-metrics';
import { PaymentRunOptions } from './payment-run-options';
import { PaymentRunStore } from './payment-run-store';

/**
 * Works through a service's payment runs in the background: each batch commits its lines and the
 * run's cursor together, so a run interrupted anywhere (crash, kill, database error) resumes where
 * it stopped and still ends with exactly one line per payee. Several replicas share the work by
 * lease. A service's worker says how its run finishes (corrections of earlier months, totals, event).
 */
export abstract class PaymentRunWorker extends BackgroundWorker {
  private readonly owner = `worker-${randomUUID()}`;
  @Optional() @Inject(PlatformMetrics) private readonly platformMetrics?: PlatformMetrics;
  private metricsOfRun?: PaymentRunMetrics;

  protected constructor(
    private readonly store: PaymentRunStore,
    private readonly uow: UnitOfWork,
    private readonly options: PaymentRunOptions,
    /** Who the audit trail and the logs name: `payment-run`, `allowance-run`. */
    private readonly actor: string,
  ) {
    super();
  }

  /** In the transaction that completes the run, once every payee's line of the month is in. */
  protected abstract finish(month: string): Promise<void>;

  protected sweepIntervalMs(): number {
    return this.options.sweepMs;
  }

  /** Runs whose worker died (lease expired) or that were never started. */
  protected pending(): Promise<string[]> {
    return this.store.orphaned();
  }

  private get metrics(): PaymentRunMetrics | undefined {
    if (!this.metricsOfRun && this.platformMetrics) this.metricsOfRun = paymentRunMetrics(this.platformMetrics.registry);
    return this.metricsOfRun;
  }

  protected async work(month: string): Promise<void> {
    if (!(await this.store.claim(month, this.owner, this.options.leaseMs))) return;
    const actor = systemActor(this.actor);
    this.metrics?.inProgress.inc({ run: this.actor });
    try {
      for (;;) {
        if (this.stopping) return; // the lease runs out and another worker (or this one after restart) resumes
        const batch = await this.uow.run(() => this.store.processBatch(month, this.owner, this.options.batchSize, this.options.leaseMs), { actor });
        this.metrics?.linesWritten.inc({ run: this.actor }, batch.inserted);
        if (batch.leaseLost) return;
        if (batch.scanned < this.options.batchSize) break;
      }
      await this.uow.run(() => this.finish(month), { actor });
      this.logger.log(`${this.actor} ${month.slice(0, 7)} completed`);
    } catch (error) {
      this.logger.error(`${this.actor} ${month.slice(0, 7)} interrupted: ${String(error)}`);
      await this.store.fail(month, this.owner, String((error as Error)?.message ?? error)).catch(() => undefined);
    } finally {
      this.metrics?.inProgress.dec({ run: this.actor });
    }
  }
}
