import { defineEvent, EventData } from '../event-contract';
import { paymentRunCompletedSchema } from '../schema-parts';

export const ALLOWANCE_RUN_TOPIC = 'child-welfare.allowance-run';

/** 基本生活保障金 发放: a month's allowance run finished; the bank file can be fetched. No child is named. */
export const AllowanceRunCompleted = defineEvent({
  type: 'child-welfare.allowance-run.completed.v1',
  topic: ALLOWANCE_RUN_TOPIC,
  producer: 'child-welfare',
  summary:
    "A month's basic living allowance run (基本生活保障金发放) for orphans and de-facto unattended children completed: one line per child due, with corrections of earlier months; totals per district.",
  schema: paymentRunCompletedSchema,
  example: {
    month: '2026-04',
    lines: 5200,
    total: '11388000.00',
    byDistrict: [{ divisionCode: '310104', lines: 260, total: '569400.00' }],
    completedAt: '2026-04-01T03:12:00.000Z',
  },
});

export type AllowanceRunCompletedV1 = EventData<typeof AllowanceRunCompleted>;
