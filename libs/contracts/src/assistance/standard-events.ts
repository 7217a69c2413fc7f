import { defineEvent } from '../event-contract';
import { businessDateSchema, objectSchema, yuanSchema } from '../schema-parts';
import { ProgrammeCode, programmeSchema } from './programme';

export const STANDARD_TOPIC = 'assistance.standard';

export interface StandardAdjustedV1 {
  programme: ProgrammeCode;
  effectiveFrom: string;
  previousAmount: string | null;
  amount: string;
  benefitsRecomputed: number;
  benefitsChanged: number;
}

/** 标准调整: a new standard and the summary of the re-computation it caused. */
export const StandardAdjusted = defineEvent<StandardAdjustedV1>({
  type: 'assistance.standard.adjusted.v1',
  topic: STANDARD_TOPIC,
  producer: 'assistance',
  summary: 'A programme standard (保障标准) was adjusted from a date; every active benefit was re-computed.',
  schema: objectSchema({
    programme: programmeSchema,
    effectiveFrom: businessDateSchema,
    previousAmount: { anyOf: [yuanSchema, { type: 'null' }] },
    amount: yuanSchema,
    benefitsRecomputed: { type: 'integer', minimum: 0 },
    benefitsChanged: { type: 'integer', minimum: 0 },
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
