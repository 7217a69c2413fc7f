import { ConfigError } from '@civic/platform';

/** The bureau's settings of the Charity Law's fundraising rules. */
export interface FundraisingRules {
  /** 慈善法 第二十二条: a charity applies for public fundraising once registered at least this many full years (the law says 1). */
  minimumYearsRegistered: number;
}

export const FUNDRAISING_RULES = Symbol('FUNDRAISING_RULES');

/** From `CHARITY_FUNDRAISING_MIN_YEARS_REGISTERED` (default 1, the law's figure). */
export function fundraisingRulesFrom(env: NodeJS.ProcessEnv): FundraisingRules {
  const raw = env.CHARITY_FUNDRAISING_MIN_YEARS_REGISTERED;
  if (raw === undefined || raw === '') return { minimumYearsRegistered: 1 };
  const years = Number(raw);
  if (!Number.isInteger(years) || years < 0 || years > 10)
    throw new ConfigError([`CHARITY_FUNDRAISING_MIN_YEARS_REGISTERED must be a whole number from 0 to 10 (got "${raw}")`]);
  return { minimumYearsRegistered: years };
}
