import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { childNotFound } from '../../child/domain/child';
import { CHILD_REPOSITORY, ChildRepository } from '../../child/domain/child.repository';
import { AllowanceStandard, checkStandard, monthlyAllowance, mustBeMinorIn } from '../domain/allowance-rules';
import { ALLOWANCE_REPOSITORY, AllowanceRepository } from '../domain/allowance.repository';

/** 基本生活保障金: the standards (data, from a month) and what a child is due in a month. */
@Injectable()
export class AllowanceCommands {
  constructor(
    @Inject(ALLOWANCE_REPOSITORY) private readonly allowances: AllowanceRepository,
    @Inject(CHILD_REPOSITORY) private readonly children: ChildRepository,
  ) {}

  async addStandard(input: { category: string; monthlyAmount: string; effectiveFrom: string }): Promise<AllowanceStandard> {
    const standard = checkStandard({
      category: input.category,
      monthlyAmount: Money.parse(input.monthlyAmount, 'monthlyAmount'),
      effectiveFrom: BusinessDate.parse(input.effectiveFrom, 'effectiveFrom'),
    });
    if (!(await this.allowances.addStandard(standard, recordedBy())))
      throw new DomainError(
        'ALLOWANCE.STANDARD_EXISTS',
        `${standard.category} already has a standard from ${standard.effectiveFrom}`,
        'conflict',
        'effectiveFrom',
      );
    return standard;
  }

  standards(): Promise<AllowanceStandard[]> {
    return this.allowances.standards();
  }

  /** The amount due to a child for a month (YYYY-MM), with the category it is paid for. */
  async dueFor(childId: string, month: string): Promise<{ category: string; amount: Money }> {
    const child = await this.children.find(childId);
    if (!child) throw childNotFound(childId);
    const s = child.snapshot();
    const first = BusinessDate.parse(`${month}-01`, 'month');
    mustBeMinorIn(s.citizenId.birthDate, first);
    const amount = monthlyAllowance(
      { birthDate: s.citizenId.birthDate, categories: s.categories.map((c) => ({ category: c.category, effectiveOn: c.effectiveOn })), closedOn: s.closedOn },
      await this.allowances.standards(),
      first,
    );
    const last = first.addMonths(1).addDays(-1);
    const category = [...s.categories].reverse().find((c) => !c.effectiveOn.isAfter(last))?.category ?? child.current.category;
    return { category, amount };
  }
}
