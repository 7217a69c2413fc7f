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
  /** The member being registered that matched. */
  memberCitizenId: string;
  /** The person it matched in the other household. */
  citizenId: string;
  otherHouseholdId: string;
}

/**
 * Decides what the matches mean: a refusing matcher stops the command (409, nothing written); a
 * flagging one lets it through with review notes for an officer.
 */
export function screenDuplicates(matchers: DuplicateMatcher[], matches: DuplicateMatch[], memberCitizenIds: string[] = []): { reviewNotes: string[] } {
  const reviewNotes: string[] = [];
  for (const matcher of matchers.filter((m) => m.enabled)) {
    for (const match of matches.filter((m) => m.kind === matcher.kind)) {
      const who = maskCitizenId(match.citizenId);
      if (matcher.action === 'refuse') {
        const index = memberCitizenIds.indexOf(match.memberCitizenId);
        throw new DomainError(
          'HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD',
          `${who} already belongs to active household ${match.otherHouseholdId} (matcher ${matcher.code})`,
          'conflict',
          index >= 0 ? `members[${index}].citizenId` : 'members',
        );
      }
      reviewNotes.push(`suspected duplicate of ${who} in household ${match.otherHouseholdId} (matcher ${matcher.code})`);
    }
  }
  return { reviewNotes };
}
