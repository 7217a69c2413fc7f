import { ConfigError } from '@civic/platform';

export interface PaymentRunOptions {
  /** Payees per batch transaction. */
  batchSize: number;
  /** How long a worker's claim on a run lasts without renewal; a crashed worker's run is taken over after it. */
  leaseMs: number;
  /** How often a worker looks for runs nobody is working on (after a crash or a missed wake-up). */
  sweepMs: number;
  /** The day of the month before from which a month's run may start (1 to 28). */
  opensOnDay: number;
}

export const DEFAULT_PAYMENT_RUN_OPTIONS: PaymentRunOptions = { batchSize: 5000, leaseMs: 30_000, sweepMs: 10_000, opensOnDay: 20 };

/** The options with the operator's opening day (`variable`) applied; a setting out of range stops start-up naming it. */
export function paymentRunOptionsFrom(env: NodeJS.ProcessEnv, variable: string): PaymentRunOptions {
  const raw = env[variable];
  if (raw === undefined || raw === '') return DEFAULT_PAYMENT_RUN_OPTIONS;
  const day = Number(raw);
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new ConfigError([`${variable} must be a whole number from 1 to 28 (got "${raw}")`]);
  return { ...DEFAULT_PAYMENT_RUN_OPTIONS, opensOnDay: day };
}

/** The options' provider token in a service's payment-run module. */
export const PAYMENT_RUN_OPTIONS = Symbol('PAYMENT_RUN_OPTIONS');
