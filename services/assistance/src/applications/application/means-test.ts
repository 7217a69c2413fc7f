import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { Household } from '../../household/domain/household';
import { HouseholdMember } from '../../household/domain/household-member';
import { MeansTestFacts } from '../../programme/domain/eligibility';
import { Verification } from '../domain/assistance-application';

/**
 * The facts a decision rests on: the household's members with the verified income and assets
 * (经济状况核对) in place of what was declared, the verified essential spending and legal supporters.
 */
export function meansTestFacts(household: Household, verification: Verification | null, on: BusinessDate, standard: Money | null): MeansTestFacts {
  const verified = new Map((verification?.members ?? []).map((m) => [m.citizenId, m]));
  const members: HouseholdMember[] = household.members.map((m) => {
    const v = verified.get(m.citizenId.value);
    return v ? { ...m, monthlyIncome: Money.parse(v.monthlyIncome), assets: Money.parse(v.assets) } : m;
  });
  const total = (pick: (m: HouseholdMember) => Money) => members.reduce((sum, m) => sum.plus(pick(m)), Money.ZERO);
  return {
    members,
    perCapitaIncome: total((m) => m.monthlyIncome).timesRatio(1, members.length),
    totalIncome: total((m) => m.monthlyIncome),
    perCapitaAssets: total((m) => m.assets).timesRatio(1, members.length),
    monthlyEssentialSpending: verification ? Money.parse(verification.monthlyEssentialSpending) : Money.ZERO,
    legalSupporters: verification?.legalSupporters ?? null,
    on,
    standard,
  };
}

/** Verified figures must be about the household's own members. */
export function checkVerifiedMembers(household: Household, citizenIds: string[]): void {
  const known = new Set(household.members.map((m) => m.citizenId.value));
  citizenIds.forEach((id, i) => {
    if (!known.has(id.toUpperCase()))
      throw new DomainError('APPLICATION.VERIFIED_MEMBER_UNKNOWN', `members[${i}] is not a member of the household`, 'invalid', `members[${i}].citizenId`);
  });
}
