/** What happened to a household, recorded in its history and turned into audit and events. */
export type HouseholdChange =
  | { kind: 'registered' }
  | { kind: 'members-changed'; reason: string }
  | { kind: 'moved'; reason: string }
  | { kind: 'flagged'; reason: string }
  | { kind: 'review-cleared'; reason: string }
  | { kind: 'dissolved'; reason: string }
  | { kind: 'payee-account-recorded'; reason: string };
