import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { Correction, corrections } from '@civic/payment-run/rules';
import { ADULT_AGE } from '../../child/domain/child-rules';

/** 基本生活保障金 is paid to orphans and de-facto unattended children (事实无人抚养儿童, at the 散居孤儿 standard). */
export const ALLOWANCE_CATEGORIES = ['orphan', 'de-facto-unattended'] as const;
export type AllowanceCategory = (typeof ALLOWANCE_CATEGORIES)[number];

/** A monthly amount for a category, from the first of a month until the next standard of the category. */
export interface AllowanceStandard {
  category: AllowanceCategory;
  monthlyAmount: Money;
  effectiveFrom: BusinessDate;
}

/** What the allowance needs of a child. */
export interface AllowanceChild {
  birthDate: BusinessDate;
  /** Category periods, oldest first. */
  categories: { category: string; effectiveOn: BusinessDate }[];
  /** The day the record closed (18, adoption, death, moved away), if it did. */
  closedOn: BusinessDate | null;
}

/** A new standard starts on the first of a month, with an amount over zero, for a paid category. */
export function checkStandard(standard: { category: string; monthlyAmount: Money; effectiveFrom: BusinessDate }): AllowanceStandard {
  if (!(ALLOWANCE_CATEGORIES as readonly string[]).includes(standard.category))
    throw new DomainError('ALLOWANCE.CATEGORY_INVALID', `the allowance is paid to ${ALLOWANCE_CATEGORIES.join(' and ')} children`, 'invalid', 'category');
  if (standard.effectiveFrom.day !== 1)
    throw new DomainError('ALLOWANCE.NOT_FIRST_OF_MONTH', 'a standard takes effect on the first of a month', 'invalid', 'effectiveFrom');
  if (standard.monthlyAmount.isNegative() || standard.monthlyAmount.isZero())
    throw new DomainError('ALLOWANCE.AMOUNT_INVALID', 'monthlyAmount must be more than 0', 'invalid', 'monthlyAmount');
  return standard as AllowanceStandard;
}

/** The standard of a category in force in a month: the latest that took effect by its first day. */
export function standardFor(standards: readonly AllowanceStandard[], category: string, month: BusinessDate): AllowanceStandard | null {
  const first = month.firstOfMonth();
  return (
    standards
      .filter((s) => s.category === category && !s.effectiveFrom.isAfter(first))
      .sort((a, b) => (a.effectiveFrom.isAfter(b.effectiveFrom) ? -1 : 1))[0] ?? null
  );
}

/** The first day of the month of the 18th birthday: the last month the allowance pays. */
export function lastMonthAsMinor(birthDate: BusinessDate): BusinessDate {
  return birthDate.addMonths(12 * ADULT_AGE).firstOfMonth();
}

/** An allowance is asked of a child only for months as a minor: after the 18th birthday's month it is refused, not answered with 0. */
export function mustBeMinorIn(birthDate: BusinessDate, month: BusinessDate): void {
  const last = lastMonthAsMinor(birthDate);
  if (month.firstOfMonth().isAfter(last))
    throw new DomainError(
      'ALLOWANCE.CHILD_ADULT',
      `the child is ${ADULT_AGE} in ${last.toString().slice(0, 7)}: the allowance stops from the month after (成年孤儿安置 takes over)`,
      'rule',
      'month',
    );
}

/**
 * The allowance of a child for a month: the standard of the category the child was in on the
 * month's first day (or from the month a paid category began), paid through the month of the 18th
 * birthday, of adoption or of death, and not after (it stops at the month after).
 */
export function monthlyAllowance(child: AllowanceChild, standards: readonly AllowanceStandard[], month: BusinessDate): Money {
  const first = month.firstOfMonth();
  const last = first.addMonths(1).addDays(-1);
  if (first.isAfter(lastMonthAsMinor(child.birthDate))) return Money.ZERO;
  if (child.closedOn && first.isAfter(child.closedOn.firstOfMonth())) return Money.ZERO;
  // The category in force at the end of the month: a child who became an orphan during the month is paid for it.
  const period = [...child.categories].reverse().find((p) => !p.effectiveOn.isAfter(last));
  if (!period) return Money.ZERO;
  return standardFor(standards, period.category, month)?.monthlyAmount ?? Money.ZERO;
}

/** A line of an allowance run: the month's own allowance, or 补发 / 追回 of an earlier month already paid. */
export const ALLOWANCE_LINE_KINDS = ['regular', 'arrears', 'recovery'] as const;
export type AllowanceLineKind = (typeof ALLOWANCE_LINE_KINDS)[number];
export const ALLOWANCE_LINE_KIND_LABELS =
  'regular 当月发放 | arrears 补发 (an earlier month paid too little: a standard or category dated back) | recovery 追回 (an earlier month paid too much: a closure dated back; negative)';

/**
 * What a run corrects of the months already paid to a child: a standard added for an earlier month,
 * a category or closure dated back, is paid or recovered by the next run, once, for its own month.
 */
export function allowanceCorrections(
  child: AllowanceChild,
  standards: readonly AllowanceStandard[],
  paidMonths: readonly { month: BusinessDate; paidFen: number }[],
): Correction[] {
  return corrections((month) => monthlyAllowance(child, standards, month).fen, paidMonths);
}
