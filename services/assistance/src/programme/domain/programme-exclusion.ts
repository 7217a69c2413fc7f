import { DomainError } from '@civic/domain-kernel';

/**
 * Programmes a household holds one of at a time (低保, 特困 and 支出型 are one group: a household is
 * supported under one of them). Where a household qualifies for two, the one of higher precedence
 * applies (1 first: 特困 before 低保 before 支出型); both are data on the programme.
 */
export type ProgrammeExclusion = { group: string; precedence: number };

export type HeldBenefit = { benefitId: string; programme: string; precedence: number };

/**
 * What granting `programme` does to the household's open benefits of its group: a benefit of lower
 * precedence is replaced (terminated from the new benefit's start: 转类); one of the same or higher
 * precedence refuses the grant, naming it.
 */
export function exclusiveGrant(programme: { code: string; exclusion: ProgrammeExclusion | null }, held: readonly HeldBenefit[]): { replaces: HeldBenefit[] } {
  if (!programme.exclusion) return { replaces: [] };
  const precedence = programme.exclusion.precedence;
  const prevailing = held.find((h) => h.precedence <= precedence);
  if (prevailing) {
    throw new DomainError(
      'BENEFIT.EXCLUSIVE_PROGRAMME_HELD',
      `the household is already supported under ${prevailing.programme} (benefit ${prevailing.benefitId}), which applies before or instead of ${programme.code}: one of them at a time`,
      'rule',
      'programme',
    );
  }
  return { replaces: [...held] };
}
