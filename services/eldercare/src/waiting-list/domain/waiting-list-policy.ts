import { BusinessDate, DomainError } from '@civic/domain-kernel';

/** The criteria the line is ordered by, each ranking before the next. */
export const PRIORITY_CRITERIA = ['category', 'care-level', 'age', 'waiting-time'] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

/**
 * 保基本养老床位轮候 rules, as data the city sets: which assistance programmes put an elder ahead
 * (特困 tekun first, then 低保 dibao: rank 1 before rank 2; an elder in none ranks last), the order
 * of the criteria, how many declines drop an elder from the line, and how long an offer stands.
 */
export interface WaitingListPolicy {
  categoryRanks: Record<string, number>;
  criteria: PriorityCriterion[];
  maxDeclines: number;
  offerValidDays: number;
}

export const DEFAULT_WAITING_LIST_POLICY: WaitingListPolicy = {
  categoryRanks: { tekun: 1, dibao: 2 },
  criteria: ['category', 'care-level', 'age', 'waiting-time'],
  maxDeclines: 3,
  offerValidDays: 7,
};

export function checkPolicy(policy: WaitingListPolicy): WaitingListPolicy {
  const ranks = Object.entries(policy.categoryRanks ?? {});
  if (ranks.some(([code, rank]) => !/^[a-z-]{1,30}$/.test(code) || !Number.isInteger(rank) || rank < 1 || rank > 8)) {
    throw new DomainError('WAITING_LIST.POLICY_INVALID', 'categoryRanks maps programme codes to ranks 1-8', 'invalid', 'categoryRanks');
  }
  const criteria = policy.criteria ?? [];
  if (criteria.length !== PRIORITY_CRITERIA.length || PRIORITY_CRITERIA.some((c) => !criteria.includes(c))) {
    throw new DomainError('WAITING_LIST.POLICY_INVALID', `criteria must order each of ${PRIORITY_CRITERIA.join(', ')} once`, 'invalid', 'criteria');
  }
  if (!Number.isInteger(policy.maxDeclines) || policy.maxDeclines < 1 || policy.maxDeclines > 10) {
    throw new DomainError('WAITING_LIST.POLICY_INVALID', 'maxDeclines must be 1-10', 'invalid', 'maxDeclines');
  }
  if (!Number.isInteger(policy.offerValidDays) || policy.offerValidDays < 1 || policy.offerValidDays > 60) {
    throw new DomainError('WAITING_LIST.POLICY_INVALID', 'offerValidDays must be 1-60', 'invalid', 'offerValidDays');
  }
  return { categoryRanks: Object.fromEntries(ranks), criteria: [...criteria], maxDeclines: policy.maxDeclines, offerValidDays: policy.offerValidDays };
}

/** What the line knows of an elder when ordering it. */
export interface PriorityInputs {
  /** Assistance programmes the elder currently receives (from assistance's benefit events). */
  programmes: string[];
  /** Care level in force (0-6), or null when never assessed. */
  careLevel: number | null;
  birthDate: BusinessDate;
  appliedAt: Date;
}

/**
 * The elder's place in line as a sortable key: one fixed-width part per criterion in the policy's
 * order, smaller first. Stored with the entry and indexed, so "who is next" and "how many are
 * ahead" are index reads on a list of 100,000; recomputed when an input or the policy changes.
 */
export function priorityKey(policy: WaitingListPolicy, inputs: PriorityInputs): string {
  const parts: Record<PriorityCriterion, string> = {
    category: String(Math.min(9, ...inputs.programmes.map((p) => policy.categoryRanks[p] ?? 9))),
    // Higher care needs first: level 6 sorts as 2, level 0 as 8, never assessed as 9.
    'care-level': inputs.careLevel === null ? '9' : String(8 - inputs.careLevel),
    // Older first: the earlier birth date sorts first.
    age: inputs.birthDate.toString().replace(/-/g, ''),
    'waiting-time': inputs.appliedAt.toISOString(),
  };
  return policy.criteria.map((c) => parts[c]).join('|');
}
