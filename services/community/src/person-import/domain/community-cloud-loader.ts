/** Port: the set-wise reads and writes of an import batch, in the current transaction (the SQL adapter lives in persistence/). */
export interface CommunityCloudLoader {
  /** Of these citizen IDs, those already in the cloud. */
  knownCitizenIds(citizenIds: string[]): Promise<Set<string>>;
  /** The committees among these codes that are in force. */
  activeCommittees(codes: string[]): Promise<Set<string>>;
  /** Finds or makes the dwellings (by committee and address); their ids by `committee|address`, and how many were made. */
  dwellings(dwellings: { committeeCode: string; address: string; kind: string }[]): Promise<{ ids: Map<string, string>; created: number }>;
  /** Adds the residents with their residence from the day they moved in; the ids of those added (a citizen ID taken meanwhile is not). */
  residents(residents: { id: string; citizenId: string; name: string; dwellingId: string; committeeCode: string; movedInOn: string }[]): Promise<Set<string>>;
}

export const COMMUNITY_CLOUD_LOADER = Symbol('COMMUNITY_CLOUD_LOADER');
