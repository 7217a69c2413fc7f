import { BusinessDate, Money } from '@civic/domain-kernel';
import { EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { benefitEvents } from '../../benefit/application/benefit-integration-events';
import { BENEFIT_REPOSITORY, BenefitRepository, BenefitWrite } from '../../benefit/domain/benefit.repository';
import { recomputedAmount } from '../domain/benefit-amount';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../domain/programme.repository';
import { standardAdjustedEvent } from './programme-integration-events';

const BATCH = 1000;

export interface AdjustmentResult {
  programme: string;
  effectiveFrom: string;
  previousAmount: string | null;
  amount: string;
  benefitsRecomputed: number;
  benefitsChanged: number;
}

/**
 * 标准调整: a new standard from a date. Every open benefit of the programme is re-computed with
 * the figures it was granted on, in the same transaction: one event per changed benefit plus a summary.
 */
@Injectable()
export class StandardAdjustment {
  constructor(
    @Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository,
    @Inject(BENEFIT_REPOSITORY) private readonly benefits: BenefitRepository,
    private readonly events: EventPublisher,
  ) {}

  async adjust(code: string, input: { effectiveFrom: string; amount: string }): Promise<AdjustmentResult> {
    const programme = await this.programmes.require(code);
    const effectiveFrom = BusinessDate.parse(input.effectiveFrom, 'effectiveFrom');
    const amount = Money.parse(input.amount, 'amount');
    const schedule = await this.programmes.standards(code);
    const { previous } = schedule.adjust(effectiveFrom, amount);
    await this.programmes.addStandard(code, effectiveFrom, amount);

    let recomputed = 0;
    let changed = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.benefits.openOfProgramme(code, after, BATCH);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].id;
      const writes: BenefitWrite[] = [];
      for (const benefit of batch) {
        recomputed += 1;
        const s = benefit.snapshot();
        // A benefit starting after the date is re-computed from its own start, under the standard then in force.
        const from = effectiveFrom.isAfter(s.startsOn) ? effectiveFrom : s.startsOn;
        const standard = schedule.amountOn(from);
        const basis = {
          recipients: s.recipients,
          perCapitaIncome: Money.parse(s.basis.perCapitaIncome),
          totalIncome: s.basis.totalIncome ? Money.parse(s.basis.totalIncome) : null,
          essentialSpending: s.basis.essentialSpending ? Money.parse(s.basis.essentialSpending) : null,
        };
        const next = recomputedAmount(programme.amountRule, basis, standard);
        if (!next) continue;
        const expectedVersion = benefit.version;
        if (benefit.reprice(next, from, `standard adjusted to ${amount} from ${effectiveFrom}`, { ...s.basis, standard: standard?.toString() ?? null })) {
          changed += 1;
          writes.push({ benefit, changes: benefit.pullChanges(), expectedVersion });
        }
      }
      await this.benefits.save(writes);
      await this.events.publish(writes.flatMap((w) => benefitEvents(w.benefit, w.changes)));
      if (batch.length < BATCH) break;
    }
    const result: AdjustmentResult = {
      programme: code,
      effectiveFrom: effectiveFrom.toString(),
      previousAmount: previous?.toString() ?? null,
      amount: amount.toString(),
      benefitsRecomputed: recomputed,
      benefitsChanged: changed,
    };
    await this.events.publish([standardAdjustedEvent(programme.code, result)]);
    return result;
  }
}
