/** Port: what lives under a committee (dwellings, persons, their open tags) moves when committees merge. */
export interface CommitteeContents {
  /** Moves every dwelling and person of `from` to `to`; a dwelling address both committees hold is refused. */
  moveAll(from: string[], to: string): Promise<{ dwellings: number; persons: number }>;
}

export const COMMITTEE_CONTENTS = Symbol('COMMITTEE_CONTENTS');
