import { DomainError, Money } from '@civic/domain-kernel';
import { StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { parsePaymentMonth } from '../../payment-run/domain/payment-month';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../../programme/domain/programme.repository';
import { indexFigure, isTriggered } from '../domain/price-subsidy-policy';
import { PriceSubsidyStore } from '../persistence/price-subsidy.store';

/** Recording the month's price figures, and issuing the subsidies when they trigger. */
@Injectable()
export class PriceSubsidyCommands {
  constructor(
    private readonly store: PriceSubsidyStore,
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
  ) {}

  async recordIndex(input: { month: string; cpiYoYPercent: number; foodYoYPercent: number }) {
    const month = parsePaymentMonth(input.month);
    const cpi = indexFigure(input.cpiYoYPercent, 'cpiYoYPercent');
    const food = indexFigure(input.foodYoYPercent, 'foodYoYPercent');
    const policy = await this.store.policy();
    const triggered = isTriggered(policy, cpi, food);
    await this.store.recordIndex(month, cpi, food, triggered);
    const result = triggered ? await this.store.issue(month, policy) : { issued: 0, totalFen: 0 };
    return {
      month: input.month,
      cpiYoYPercent: cpi,
      foodYoYPercent: food,
      triggered,
      subsidiesIssued: result.issued,
      subsidiesTotal: Money.ofFen(result.totalFen).toString(),
    };
  }

  async setPolicy(input: { cpiThresholdPercent: number; foodThresholdPercent: number; perPerson: string; programmes: string[] }, ifMatch?: number) {
    const current = await this.store.policy();
    if (ifMatch !== undefined && ifMatch !== current.version) throw new StaleVersionError(current.version);
    for (const code of input.programmes) await this.programmes.require(code);
    const perPerson = Money.parse(input.perPerson, 'perPerson');
    if (perPerson.isZero() || perPerson.isNegative())
      throw new DomainError('PRICE_SUBSIDY.AMOUNT_INVALID', 'perPerson must be more than zero', 'invalid', 'perPerson');
    const next = {
      cpiThresholdPercent: indexFigure(input.cpiThresholdPercent, 'cpiThresholdPercent'),
      foodThresholdPercent: indexFigure(input.foodThresholdPercent, 'foodThresholdPercent'),
      perPerson,
      programmes: input.programmes,
      version: current.version + 1,
    };
    await this.store.savePolicy(next, current.version);
    return next;
  }
}
