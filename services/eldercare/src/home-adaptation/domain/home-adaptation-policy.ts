import { DomainError, Money } from '@civic/domain-kernel';

/**
 * 居家环境适老化改造 subsidy rules, as data the city sets: the share of the works' cost the subsidy
 * pays, by the assistance programme the elder receives (特困/低保 elders are paid in full; others
 * the default share), and the most one elder is paid over all their adaptations.
 */
export interface HomeAdaptationPolicy {
  perElderLimit: Money;
  defaultSharePercent: number;
  shareByProgramme: { programme: string; percent: number }[];
}

export const DEFAULT_HOME_ADAPTATION_POLICY: HomeAdaptationPolicy = {
  perElderLimit: Money.parse('3000.00'),
  defaultSharePercent: 50,
  shareByProgramme: [
    { programme: 'tekun', percent: 100 },
    { programme: 'dibao', percent: 100 },
  ],
};

export function checkHomeAdaptationPolicy(policy: HomeAdaptationPolicy): HomeAdaptationPolicy {
  const percent = (p: number) => Number.isInteger(p) && p >= 0 && p <= 100;
  if (policy.perElderLimit.isNegative() || policy.perElderLimit.isZero())
    throw new DomainError('HOME_ADAPTATION.POLICY_INVALID', 'perElderLimit must be more than 0', 'invalid', 'perElderLimit');
  if (!percent(policy.defaultSharePercent))
    throw new DomainError('HOME_ADAPTATION.POLICY_INVALID', 'defaultSharePercent must be 0-100', 'invalid', 'defaultSharePercent');
  const codes = policy.shareByProgramme.map((s) => s.programme);
  if (policy.shareByProgramme.some((s) => !/^[a-z-]{1,30}$/.test(s.programme) || !percent(s.percent)) || new Set(codes).size !== codes.length) {
    throw new DomainError('HOME_ADAPTATION.POLICY_INVALID', 'shareByProgramme names each programme once with a percent 0-100', 'invalid', 'shareByProgramme');
  }
  return { ...policy, shareByProgramme: policy.shareByProgramme.map((s) => ({ ...s })) };
}

/** The share of the cost paid for an elder: the best their programmes give, at least the default. */
export function subsidySharePercent(policy: HomeAdaptationPolicy, programmes: readonly string[]): number {
  return Math.max(policy.defaultSharePercent, ...policy.shareByProgramme.filter((s) => programmes.includes(s.programme)).map((s) => s.percent));
}

/** What is left of the elder's limit once the subsidies already approved or paid are counted. */
export function remainingLimit(policy: HomeAdaptationPolicy, alreadyCommitted: Money): Money {
  return policy.perElderLimit.minus(alreadyCommitted).atLeastZero();
}

/**
 * The subsidy approved at assessment: the amount asked (by default the most allowed), never more
 * than the share of the estimated cost nor more than what is left of the elder's limit.
 */
export function approvedSubsidy(input: { requested: Money | null; estimatedCost: Money; sharePercent: number; remaining: Money }): Money {
  const byShare = input.estimatedCost.timesRatio(input.sharePercent, 100);
  const most = byShare.compare(input.remaining) < 0 ? byShare : input.remaining;
  if (input.requested === null) return most;
  if (input.requested.isNegative()) throw new DomainError('HOME_ADAPTATION.SUBSIDY_INVALID', 'subsidy cannot be negative', 'invalid', 'subsidy');
  if (input.requested.compare(input.remaining) > 0) {
    throw new DomainError(
      'HOME_ADAPTATION.SUBSIDY_OVER_LIMIT',
      `subsidy ${input.requested} is over what is left of the elder's limit (${input.remaining})`,
      'rule',
      'subsidy',
    );
  }
  if (input.requested.compare(byShare) > 0) {
    throw new DomainError(
      'HOME_ADAPTATION.SUBSIDY_OVER_SHARE',
      `subsidy ${input.requested} is over ${input.sharePercent}% of the estimated cost (${byShare})`,
      'rule',
      'subsidy',
    );
  }
  return input.requested;
}
