import { Clock } from '@civic/domain-kernel';
import { BackgroundWorker, CLOCK, ConfigError, EventPublisher, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PAYMENT_RUN_REPOSITORY, PaymentRunRepository } from '../domain/payment-run.repository';
import { paymentRunCompletedEvent } from './payment-run-integration-events';

export interface PaymentRunOptions {
  /** Benefits per batch transaction. */
  batchSize: number;
  /** How long a worker's claim on a run lasts without renewal; a crashed worker's run is taken over after it. */
  leaseMs: number;
  /** How often a worker looks for runs nobody is working on (after a crash or a missed wake-up). */
  sweepMs: number;
  /** The day of the month before from which a month's run may start (ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY, 1 to 28). */
  opensOnDay: number;
}

export const PAYMENT_RUN_OPTIONS = Symbol('PAYMENT_RUN_OPTIONS');
export const DEFAULT_PAYMENT_RUN_OPTIONS: PaymentRunOptions = { batchSize: 5000, leaseMs: 30_000, sweepMs: 10_000, opensOnDay: 20 };

/** The options with the operator's settings applied; a setting out of range stops start-up naming it. */
export function paymentRunOptionsFrom(env: NodeJS.ProcessEnv): PaymentRunOptions {
  const raw = env.ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY;
  if (raw === undefined || raw === '') return DEFAULT_PAYMENT_RUN_OPTIONS;
  const day = Number(raw);
  if (!Number.isInteger(day) || day < 1 || day > 28)
    throw new ConfigError([`ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY must be a whole number from 1 to 28 (got "${raw}")`]);
  return { ...DEFAULT_PAYMENT_RUN_OPTIONS, opensOnDay: day };
}

/**
 * Works through payment runs in the background: each batch commits its lines and the run's cursor
 * together, so a run interrupted anywhere (crash, kill, database error) resumes where it stopped
 * and still ends with exactly one line per benefit. Several replicas share the work by lease.
 */
@Injectable()
export class PaymentRunWorker extends BackgroundWorker {
  private readonly owner = `worker-${randomUUID()}`;

  constructor(
    @Inject(PAYMENT_RUN_REPOSITORY) private readonly runs: PaymentRunRepository,
    private readonly uow: UnitOfWork,
    private readonly events: EventPublisher,
    @Inject(PAYMENT_RUN_OPTIONS) private readonly options: PaymentRunOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.options.sweepMs;
  }

  /** Runs whose worker died (lease expired) or that were never started. */
  protected pending(): Promise<string[]> {
    return this.runs.orphaned();
  }

  protected async work(month: string): Promise<void> {
    if (!(await this.runs.claim(month, this.owner, this.options.leaseMs))) return;
    try {
      for (;;) {
        if (this.stopping) return; // the lease runs out and another worker (or this one after restart) resumes
        const batch = await this.uow.run(() => this.runs.processBatch(month, this.owner, this.options.batchSize, this.options.leaseMs), {
          actor: systemActor('payment-run'),
        });
        if (batch.leaseLost) return;
        if (batch.scanned < this.options.batchSize) break;
      }
      await this.uow.run(
        async () => {
          // The month's own lines are in; corrections and subsidies complete the run in the same transaction.
          await this.runs.settleEarlierMonths(month);
          await this.runs.payPriceSubsidies(month);
          const totals = await this.runs.complete(month);
          await this.events.publish([paymentRunCompletedEvent(month, totals, this.clock.now())]);
        },
        { actor: systemActor('payment-run') },
      );
      this.logger.log(`payment run ${month.slice(0, 7)} completed`);
    } catch (error) {
      this.logger.error(`payment run ${month.slice(0, 7)} interrupted: ${String(error)}`);
      await this.runs.fail(month, this.owner, String((error as Error)?.message ?? error)).catch(() => undefined);
    }
  }
}
