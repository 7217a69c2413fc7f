import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';

export interface StandardVersion {
  effectiveFrom: BusinessDate;
  amount: Money;
}

/**
 * A programme's standard (保障标准, per person per month) over time. Each version holds from its
 * effective date until the next one: the amount on a date is the latest version not after it.
 */
export class StandardSchedule {
  private readonly versions: StandardVersion[];

  constructor(versions: StandardVersion[]) {
    this.versions = [...versions].sort((a, b) => a.effectiveFrom.compare(b.effectiveFrom));
  }

  amountOn(date: BusinessDate): Money | null {
    let amount: Money | null = null;
    for (const v of this.versions) if (!v.effectiveFrom.isAfter(date)) amount = v.amount;
    return amount;
  }

  /** A new version: effective on the first of a month (benefits are paid by month) and never a duplicate date. */
  adjust(effectiveFrom: BusinessDate, amount: Money): { previous: Money | null } {
    if (effectiveFrom.day !== 1)
      throw new DomainError('STANDARD.NOT_FIRST_OF_MONTH', 'a standard takes effect on the first day of a month', 'invalid', 'effectiveFrom');
    if (amount.isNegative() || amount.isZero()) throw new DomainError('STANDARD.NOT_POSITIVE', 'a standard must be more than zero', 'invalid', 'amount');
    if (this.versions.some((v) => v.effectiveFrom.equals(effectiveFrom))) {
      throw new DomainError('STANDARD.ALREADY_SET', `a standard already takes effect on ${effectiveFrom}`, 'conflict', 'effectiveFrom');
    }
    const previous = this.amountOn(effectiveFrom);
    this.versions.push({ effectiveFrom, amount });
    this.versions.sort((a, b) => a.effectiveFrom.compare(b.effectiveFrom));
    return { previous };
  }

  list(): readonly StandardVersion[] {
    return this.versions;
  }
}
