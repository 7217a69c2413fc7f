import { DomainError } from '@civic/domain-kernel';

/** What another context's event means for a person's tags: give it, or close it. */
export interface TagDecision {
  citizenId: string;
  tag: string;
  action: 'tag' | 'untag';
  reason: string;
}

/** Assistance's programmes that are tags of the dictionary under the same code (低保户, 特困人员). */
export const PROGRAMME_TAGS: Record<string, string> = { dibao: 'dibao', tekun: 'tekun' };

/** A benefit granted tags every member covered with its programme's tag; terminated, it closes it (a suspension keeps it). */
export function benefitDecisions(benefit: { programme: string; memberCitizenIds: string[] }, change: 'granted' | 'terminated', reason: string): TagDecision[] {
  const tag = PROGRAMME_TAGS[benefit.programme];
  if (!tag) return [];
  return benefit.memberCitizenIds.map((citizenId) => ({ citizenId, tag, action: change === 'granted' ? 'tag' : 'untag', reason }));
}

export const CHILD_IN_DIFFICULTY_TAG = 'child-in-difficulty';

/** A child registered or re-categorised in child welfare holds 困境儿童 exactly while in that category. */
export function childDecision(child: { citizenId: string; category: string }): TagDecision {
  const inDifficulty = child.category === 'in-difficulty';
  return {
    citizenId: child.citizenId,
    tag: CHILD_IN_DIFFICULTY_TAG,
    action: inDifficulty ? 'tag' : 'untag',
    reason: inDifficulty ? '儿童福利登记为困境儿童' : `儿童福利类别变更为 ${child.category}`,
  };
}

export const DISABLED_ELDER_TAG = 'disabled-elder';

/** The care levels (照护等级 0-6) that make an elder 失能, as data: the policy may change which. */
export interface DisabilityLevels {
  levels: number[];
  version: number;
}

export function checkDisabilityLevels(levels: number[]): number[] {
  const distinct = [...new Set(levels)].sort((a, b) => a - b);
  if (distinct.length === 0 || distinct.some((l) => !Number.isInteger(l) || l < 1 || l > 6))
    throw new DomainError('AUTOMATIC_TAG.LEVELS_INVALID', 'levels must be one or more care levels from 1 to 6', 'invalid', 'levels');
  return distinct;
}

/** An elder's care level assessed in eldercare: 失能老人 while the level is one the policy names, closed otherwise. */
export function careLevelDecision(assessment: { citizenId: string; level: number }, policy: DisabilityLevels): TagDecision {
  const disabled = policy.levels.includes(assessment.level);
  return {
    citizenId: assessment.citizenId,
    tag: DISABLED_ELDER_TAG,
    action: disabled ? 'tag' : 'untag',
    reason: `照护等级评估为 ${assessment.level} 级`,
  };
}
