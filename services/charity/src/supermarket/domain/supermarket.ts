import { DivisionCode, districtOf, DomainError, Money, requiredText } from '@civic/domain-kernel';

export interface SupermarketState {
  id: string;
  name: string;
  divisionCode: string;
  operatorOrganisationId: string | null;
  /** What each eligible resident may take in a month, valued as receipted (the bureau sets it per outlet). */
  monthlyAllowance: Money;
  status: 'open' | 'closed';
  closedReason: string | null;
  version: number;
}

/**
 * A charity supermarket (慈善超市): an outlet in a district, run by a social organisation or the
 * sub-district, stocked from donated goods and giving them to residents on 低保 or 特困 of its district.
 */
export class Supermarket {
  private constructor(private state: SupermarketState) {}

  static restore(state: SupermarketState): Supermarket {
    return new Supermarket({ ...state });
  }

  static open(input: { id: string; name: string; divisionCode: string; operatorOrganisationId: string | null; monthlyAllowance: string }): Supermarket {
    return new Supermarket({
      id: input.id,
      name: requiredText(input.name, 'name', 100, 'SUPERMARKET'),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      operatorOrganisationId: input.operatorOrganisationId,
      monthlyAllowance: allowanceOf(input.monthlyAllowance),
      status: 'open',
      closedReason: null,
      version: 1,
    });
  }

  changeAllowance(monthlyAllowance: string): void {
    this.requireOpen();
    this.state = { ...this.state, monthlyAllowance: allowanceOf(monthlyAllowance), version: this.state.version + 1 };
  }

  close(reason: string): void {
    this.requireOpen();
    this.state = { ...this.state, status: 'closed', closedReason: requiredText(reason, 'reason', 500, 'SUPERMARKET'), version: this.state.version + 1 };
  }

  requireOpen(): void {
    if (this.state.status !== 'open') throw new DomainError('SUPERMARKET.CLOSED', 'the supermarket is closed', 'rule');
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get districtCode(): string {
    return districtOf(this.state.divisionCode);
  }
  snapshot(): Readonly<SupermarketState> {
    return { ...this.state };
  }
}

function allowanceOf(raw: string): Money {
  const allowance = Money.parse(raw, 'monthlyAllowance');
  if (allowance.fen <= 0) throw new DomainError('SUPERMARKET.ALLOWANCE_INVALID', 'monthlyAllowance must be more than 0', 'invalid', 'monthlyAllowance');
  return allowance;
}

export function supermarketNotFound(id: string): DomainError {
  return new DomainError('SUPERMARKET.NOT_FOUND', `no charity supermarket ${id}`, 'not-found');
}
