import { DivisionCode, DomainError, Money } from '@civic/domain-kernel';
import { HouseholdChange } from './household-change';
import { HouseholdMember } from './household-member';
import { PayeeAccount } from './payee-account';

export type HouseholdStatus = 'active' | 'dissolved';
/** A suspected duplicate puts the household under review until an officer clears it. */
export type ReviewStatus = 'clear' | 'flagged';

export interface HouseholdState {
  id: string;
  divisionCode: string;
  address: string;
  members: HouseholdMember[];
  status: HouseholdStatus;
  reviewStatus: ReviewStatus;
  reviewNotes: string[];
  /** Where its assistance is paid; null until recorded (the bank file then shows the line unpayable). */
  payeeAccount: PayeeAccount | null;
  version: number;
}

/**
 * A household (家庭) as assistance counts it: the people who live and share income together, one of
 * them the head (户主). Per-capita income is what every means test starts from.
 */
export class Household {
  private readonly changes: HouseholdChange[] = [];

  private constructor(private state: HouseholdState) {}

  static restore(state: HouseholdState): Household {
    return new Household({ ...state, members: [...state.members], reviewNotes: [...state.reviewNotes] });
  }

  static register(input: { id: string; divisionCode: string; address: string; members: HouseholdMember[] }): Household {
    const household = new Household({
      id: input.id,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      address: validAddress(input.address),
      members: validMembers(input.members),
      status: 'active',
      reviewStatus: 'clear',
      reviewNotes: [],
      payeeAccount: null,
      version: 1,
    });
    household.changes.push({ kind: 'registered' });
    return household;
  }

  /** A payee who leaves the household takes the account with them: it must be recorded again. */
  replaceMembers(members: HouseholdMember[], reason: string): void {
    this.mustBeActive();
    const valid = validMembers(members);
    const payee = this.state.payeeAccount;
    const payeeStays = payee !== null && valid.some((m) => m.citizenId.value === payee.payeeCitizenId);
    this.state = { ...this.state, members: valid, payeeAccount: payeeStays ? payee : null, version: this.state.version + 1 };
    this.changes.push({ kind: 'members-changed', reason: required(reason) });
  }

  /** 代发账户: the payee must be a member of the household (payment to a third party is not allowed). */
  recordPayeeAccount(account: PayeeAccount, reason: string): void {
    this.mustBeActive();
    if (!this.state.members.some((m) => m.citizenId.value === account.payeeCitizenId))
      throw new DomainError('HOUSEHOLD.PAYEE_NOT_MEMBER', 'the payee must be a member of the household', 'rule', 'payeeCitizenId');
    this.state = { ...this.state, payeeAccount: account, version: this.state.version + 1 };
    this.changes.push({ kind: 'payee-account-recorded', reason: required(reason) });
  }

  moveTo(divisionCode: string, address: string, reason: string): void {
    this.mustBeActive();
    this.state = {
      ...this.state,
      divisionCode: DivisionCode.parse(divisionCode, 'divisionCode').value,
      address: validAddress(address),
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'moved', reason: required(reason) });
  }

  /** A duplicate matcher suspects this household repeats another: an officer must look. */
  flagForReview(notes: string[]): void {
    if (notes.length === 0) return;
    this.state = { ...this.state, reviewStatus: 'flagged', reviewNotes: [...this.state.reviewNotes, ...notes] };
    this.changes.push({ kind: 'flagged', reason: notes.join('; ') });
  }

  clearReview(reason: string): void {
    if (this.state.reviewStatus !== 'flagged') throw new DomainError('HOUSEHOLD.NOT_FLAGGED', 'the household is not under duplicate review', 'conflict');
    this.state = { ...this.state, reviewStatus: 'clear', version: this.state.version + 1 };
    this.changes.push({ kind: 'review-cleared', reason: required(reason) });
  }

  dissolve(reason: string): void {
    this.mustBeActive();
    this.state = { ...this.state, status: 'dissolved', version: this.state.version + 1 };
    this.changes.push({ kind: 'dissolved', reason: required(reason) });
  }

  /** 家庭人均月收入: total monthly income over the members, rounded to the fen. */
  perCapitaMonthlyIncome(): Money {
    return totalOf(this.state.members.map((m) => m.monthlyIncome)).timesRatio(1, this.state.members.length);
  }

  perCapitaAssets(): Money {
    return totalOf(this.state.members.map((m) => m.assets)).timesRatio(1, this.state.members.length);
  }

  /** Refuses applications and changes while a suspected duplicate is unresolved. */
  mustBeClearForApplication(): void {
    this.mustBeActive();
    if (this.state.reviewStatus === 'flagged') {
      throw new DomainError(
        'HOUSEHOLD.UNDER_DUPLICATE_REVIEW',
        'the household is flagged as a suspected duplicate; an officer must clear it first',
        'rule',
        'householdId',
      );
    }
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get members(): readonly HouseholdMember[] {
    return this.state.members;
  }
  get payeeAccount(): PayeeAccount | null {
    return this.state.payeeAccount;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  snapshot(): Readonly<HouseholdState> {
    return { ...this.state };
  }
  pullChanges(): HouseholdChange[] {
    return this.changes.splice(0);
  }

  private mustBeActive(): void {
    if (this.state.status !== 'active') throw new DomainError('HOUSEHOLD.DISSOLVED', `household ${this.id} has been dissolved`, 'conflict');
  }
}

function validMembers(members: HouseholdMember[]): HouseholdMember[] {
  if (members.length < 1 || members.length > 20) throw new DomainError('HOUSEHOLD.MEMBER_COUNT', 'a household has 1-20 members', 'invalid', 'members');
  const heads = members.filter((m) => m.relation === 'head').length;
  if (heads !== 1) throw new DomainError('HOUSEHOLD.ONE_HEAD', `a household has exactly one head (户主), found ${heads}`, 'invalid', 'members');
  const ids = new Set(members.map((m) => m.citizenId.value));
  if (ids.size !== members.length)
    throw new DomainError('HOUSEHOLD.MEMBER_REPEATED', 'the same citizen ID appears twice in the household', 'invalid', 'members');
  return [...members];
}

function validAddress(raw: string): string {
  const address = (raw ?? '').trim();
  if (address.length < 1 || address.length > 200) throw new DomainError('HOUSEHOLD.ADDRESS_INVALID', 'address must be 1-200 characters', 'invalid', 'address');
  return address;
}

function required(reason: string): string {
  const why = (reason ?? '').trim();
  if (!why) throw new DomainError('HOUSEHOLD.REASON_REQUIRED', 'a change needs a reason', 'invalid', 'reason');
  return why;
}

function totalOf(amounts: Money[]): Money {
  return amounts.reduce((sum, a) => sum.plus(a), Money.ZERO);
}
