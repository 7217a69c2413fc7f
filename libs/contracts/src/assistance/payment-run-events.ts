import { defineEvent, EventData } from '../event-contract';
import { paymentRunCompletedSchema } from '../schema-parts';

export const PAYMENT_RUN_TOPIC = 'assistance.payment-run';

/** 发放: a month's payment run finished; the bank file can be fetched. */
export const PaymentRunCompleted = defineEvent({
  type: 'assistance.payment-run.completed.v1',
  topic: PAYMENT_RUN_TOPIC,
  producer: 'assistance',
  summary: "A month's payment run (发放) completed: one line per active benefit, totals per district.",
  schema: paymentRunCompletedSchema,
  example: {
    month: '2026-04',
    lines: 180000,
    total: '201600000.00',
    byDistrict: [{ divisionCode: '310104', lines: 9100, total: '10192000.00' }],
    completedAt: '2026-04-01T03:12:00.000Z',
  },
});

export type PaymentRunCompletedV1 = EventData<typeof PaymentRunCompleted>;
