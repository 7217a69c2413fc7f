import { Money } from '@civic/domain-kernel';
import { StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { parsePaymentMonth } from '@civic/payment-run';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../../programme/domain/programme.repository';
import { indexFigure, isTriggered, PriceSubsidyPolicy, revisedPolicy } from '../domain/price-subsidy-policy';
import { PRICE_SUBSIDY_REPOSITORY, PriceSubsidyRepository } from '../domain/price-subsidy.repository';

/** Recording the month's price figures, and issuing the subsidies when they trigger. */
@Injectable()
export class PriceSubsidyCommands {
  constructor(
    @Inject(PRICE_SUBSIDY_REPOSITORY) private readonly subsidies: PriceSubsidyRepository,
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
  ) {}

  async recordIndex(input: { month: string; cpiYoYPercent: number; foodYoYPercent: number }) {
    const month = parsePaymentMonth(input.month);
    const cpi = indexFigure(input.cpiYoYPercent, 'cpiYoYPercent');
    const food = indexFigure(input.foodYoYPercent, 'foodYoYPercent');
    const policy = await this.subsidies.policy();
    const triggered = isTriggered(policy, cpi, food);
    await this.subsidies.recordIndex(month, cpi, food, triggered);
    const result = triggered ? await this.subsidies.issueForMonth(month, policy) : { issued: 0, total: Money.ZERO };
    return { month: input.month, cpiYoYPercent: cpi, foodYoYPercent: food, triggered, subsidiesIssued: result.issued, subsidiesTotal: result.total.toString() };
  }

  policy(): Promise<PriceSubsidyPolicy> {
    return this.subsidies.policy();
  }

  async setPolicy(
    input: { cpiThresholdPercent: number; foodThresholdPercent: number; perPerson: string; programmes: string[] },
    ifMatch?: number,
  ): Promise<PriceSubsidyPolicy> {
    const current = await this.subsidies.policy();
    if (ifMatch !== undefined && ifMatch !== current.version) throw new StaleVersionError(current.version);
    for (const code of input.programmes) await this.programmes.require(code);
    const next = revisedPolicy(current, { ...input, perPerson: Money.parse(input.perPerson, 'perPerson') });
    await this.subsidies.savePolicy(next, current.version);
    return next;
  }
}
