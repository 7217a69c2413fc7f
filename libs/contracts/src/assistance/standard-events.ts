import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, countSchema, nullable, objectSchema, yuanSchema } from '../schema-parts';
import { programmeSchema } from './programme';

export const STANDARD_TOPIC = 'assistance.standard';

/** 标准调整: a new standard and the summary of the re-computation it caused. */
export const StandardAdjusted = defineEvent({
  type: 'assistance.standard.adjusted.v1',
  topic: STANDARD_TOPIC,
  producer: 'assistance',
  summary: 'A programme standard (保障标准) was adjusted from a date; every active benefit was re-computed.',
  schema: objectSchema({
    programme: programmeSchema,
    effectiveFrom: businessDateSchema,
    previousAmount: nullable(yuanSchema),
    amount: yuanSchema,
    benefitsRecomputed: countSchema,
    benefitsChanged: countSchema,
  }),
  example: {
    programme: 'dibao',
    effectiveFrom: '2026-07-01',
    previousAmount: '1420.00',
    amount: '1510.00',
    benefitsRecomputed: 180000,
    benefitsChanged: 179850,
  },
});

export type StandardAdjustedV1 = EventData<typeof StandardAdjusted>;
