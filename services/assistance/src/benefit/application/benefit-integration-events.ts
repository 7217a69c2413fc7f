import { BenefitAmountChanged, BenefitGranted, BenefitResumed, BenefitSuspended, BenefitTerminated } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Benefit, BenefitChange } from '../domain/benefit';

/** Translates benefit changes into the published contract. */
export function benefitEvents(benefit: Benefit, changes: BenefitChange[]): RaisedEvent[] {
  const s = benefit.snapshot();
  const facts = { benefitId: s.id, householdId: s.householdId, programme: s.programme, divisionCode: s.divisionCode, memberCitizenIds: s.memberCitizenIds };
  return changes.map((c): RaisedEvent => {
    switch (c.kind) {
      case 'granted':
        return { contract: BenefitGranted, subject: s.id, data: { ...facts, monthlyAmount: s.monthlyAmount.toString(), startsOn: s.startsOn.toString() } };
      case 'suspended':
      case 'resumed':
      case 'terminated': {
        const contract = c.kind === 'suspended' ? BenefitSuspended : c.kind === 'resumed' ? BenefitResumed : BenefitTerminated;
        return { contract, subject: s.id, data: { ...facts, effectiveOn: c.effectiveOn.toString(), reason: c.reason } };
      }
      case 'amount-changed':
        return {
          contract: BenefitAmountChanged,
          subject: s.id,
          data: {
            benefitId: s.id,
            householdId: s.householdId,
            programme: s.programme,
            divisionCode: s.divisionCode,
            previousAmount: c.previous.toString(),
            monthlyAmount: c.amount.toString(),
            effectiveFrom: c.effectiveFrom.toString(),
            reason: c.reason,
          },
        };
    }
  });
}
