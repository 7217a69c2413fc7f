import { BusinessDate } from '@civic/domain-kernel';

/** A correction of a month already paid: 补发 (arrears, paid too little) or 追回 (recovery, paid too much: negative). */
export type CorrectionKind = 'arrears' | 'recovery';

export interface Correction {
  period: BusinessDate;
  kind: CorrectionKind;
  amountFen: number;
}

/**
 * The corrections a run carries for months already paid (`paidMonths`, each with what its lines and
 * earlier corrections paid so far): the difference between what the month is due by today's facts
 * (`dueIn`: a change dated back into it) and what it was paid. A month is corrected once: after the
 * correction its due and paid agree, so a later run adds nothing.
 */
export function corrections(dueIn: (month: BusinessDate) => number, paidMonths: readonly { month: BusinessDate; paidFen: number }[]): Correction[] {
  return paidMonths.flatMap(({ month, paidFen }) => {
    const difference = dueIn(month) - paidFen;
    return difference === 0 ? [] : [{ period: month, kind: difference > 0 ? ('arrears' as const) : ('recovery' as const), amountFen: difference }];
  });
}
