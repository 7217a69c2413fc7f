import { Counter, Gauge, Registry } from 'prom-client';

/** A payment run's progress on a service's /metrics: lines written by this instance, and the months it has in hand. */
export interface PaymentRunMetrics {
  linesWritten: Counter<'run'>;
  inProgress: Gauge<'run'>;
}

/** Registers the payment-run metrics on a service's registry (once per registry). */
export function paymentRunMetrics(registry: Registry): PaymentRunMetrics {
  const existing = registry.getSingleMetric('payment_run_lines_written_total');
  if (existing) return { linesWritten: existing as Counter<'run'>, inProgress: registry.getSingleMetric('payment_run_months_in_progress') as Gauge<'run'> };
  return {
    linesWritten: new Counter({
      name: 'payment_run_lines_written_total',
      help: 'Payment lines a run wrote on this instance (payment-run: benefits, allowance-run: allowances)',
      labelNames: ['run'],
      registers: [registry],
    }),
    inProgress: new Gauge({
      name: 'payment_run_months_in_progress',
      help: 'Months whose run this instance is working through now',
      labelNames: ['run'],
      registers: [registry],
    }),
  };
}
