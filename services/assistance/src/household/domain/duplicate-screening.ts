import { DomainError, maskCitizenId } from '@civic/domain-kernel';

/** How a matcher recognises the same person in another household. */
export type MatcherKind = 'citizen-id' | 'name-birth-division';

/** A configured duplicate matcher (查重规则): data, so the bureau can tighten or relax it. */
export interface DuplicateMatcher {
  code: string;
  kind: MatcherKind;
  action: 'refuse' | 'flag';
  enabled: boolean;
}

/** A member of another active household that a matcher found. */
export interface DuplicateMatch {
  kind: MatcherKind;
  citizenId: string;
  otherHouseholdId: string;
}

/**
 * Decides what the matches mean: a refusing matcher stops the command (409, nothing written); a
 * flagging one lets it through with review notes for an officer.
 */
export function screenDuplicates(matchers: DuplicateMatcher[], matches: DuplicateMatch[]): { reviewNotes: string[] } {
  const reviewNotes: string[] = [];
  for (const matcher of matchers.filter((m) => m.enabled)) {
    for (const match of matches.filter((m) => m.kind === matcher.kind)) {
      const who = maskCitizenId(match.citizenId);
      if (matcher.action === 'refuse') {
        throw new DomainError('HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD', `${who} already belongs to active household ${match.otherHouseholdId} (matcher ${matcher.code})`, 'conflict', 'members');
      }
      reviewNotes.push(`suspected duplicate of ${who} in household ${match.otherHouseholdId} (matcher ${matcher.code})`);
    }
  }
  return { reviewNotes };
}
