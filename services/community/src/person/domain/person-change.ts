import { BusinessDate } from '@civic/domain-kernel';

/** What happened to a person of the community cloud; the adapter writes it, the use case publishes it. */
export type PersonChange =
  | { kind: 'registered' }
  | { kind: 'moved'; from: ResidenceEnd | null; to: { dwellingId: string; committeeCode: string } | null; on: BusinessDate; reason: string }
  | { kind: 'tagged'; tag: string; reason: string }
  | { kind: 'untagged'; tag: string; reason: string }
  | { kind: 'died'; on: BusinessDate };

export interface ResidenceEnd {
  dwellingId: string;
  committeeCode: string;
}
