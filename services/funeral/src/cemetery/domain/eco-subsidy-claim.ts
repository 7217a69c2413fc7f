import { BusinessDate, CitizenId, DomainError, Money } from '@civic/domain-kernel';
import { PlotState } from './plot';

export type EcoSubsidyClaimStatus = 'applied' | 'paid';

export interface EcoSubsidyClaimState {
  plotId: string;
  deathRecordId: string;
  amount: Money;
  applicantName: string;
  applicantCitizenId: string;
  status: EcoSubsidyClaimStatus;
  appliedOn: BusinessDate;
  paidOn: BusinessDate | null;
  paymentReference: string | null;
}

/**
 * 节地生态安葬补贴: the family of someone given an eco burial (sea, tree, lawn, wall niche) applies
 * for the subsidy the burial carries, and the district pays it: once per burial, applied then paid,
 * with the payment's reference, so what was granted is also what was paid, and when.
 */
export class EcoSubsidyClaim {
  private constructor(private state: EcoSubsidyClaimState) {}

  static restore(state: EcoSubsidyClaimState): EcoSubsidyClaim {
    return new EcoSubsidyClaim({ ...state });
  }

  static apply(plot: Readonly<PlotState>, applicant: { name: string; citizenId: CitizenId }, today: BusinessDate): EcoSubsidyClaim {
    if (plot.status !== 'assigned' || !plot.deathRecordId || !plot.ecoSubsidy || plot.ecoSubsidy.isZero())
      throw new DomainError('ECO_SUBSIDY.NOT_GRANTED', `plot ${plot.number} carries no eco-burial subsidy (not an eco burial, or not assigned)`, 'rule');
    const name = (applicant.name ?? '').trim();
    if (!name || name.length > 50) throw new DomainError('ECO_SUBSIDY.APPLICANT_INVALID', 'applicantName must be 1-50 characters', 'invalid', 'applicantName');
    return new EcoSubsidyClaim({
      plotId: plot.id,
      deathRecordId: plot.deathRecordId,
      amount: plot.ecoSubsidy,
      applicantName: name,
      applicantCitizenId: applicant.citizenId.value,
      status: 'applied',
      appliedOn: today,
      paidOn: null,
      paymentReference: null,
    });
  }

  pay(paymentReference: string, today: BusinessDate): void {
    if (this.state.status === 'paid') throw new DomainError('ECO_SUBSIDY.ALREADY_PAID', `the subsidy was paid on ${this.state.paidOn}`, 'conflict');
    const reference = (paymentReference ?? '').trim();
    if (!reference || reference.length > 64)
      throw new DomainError('ECO_SUBSIDY.REFERENCE_INVALID', 'paymentReference must be 1-64 characters', 'invalid', 'paymentReference');
    this.state = { ...this.state, status: 'paid', paidOn: today, paymentReference: reference };
  }

  snapshot(): Readonly<EcoSubsidyClaimState> {
    return { ...this.state };
  }
}

export function ecoClaimExists(): DomainError {
  return new DomainError('ECO_SUBSIDY.ALREADY_CLAIMED', 'the subsidy of this burial has been applied for already', 'conflict');
}

export function ecoClaimNotFound(plotId: string): DomainError {
  return new DomainError('ECO_SUBSIDY.NOT_FOUND', `no eco-burial subsidy claim for plot ${plotId}`, 'not-found');
}
