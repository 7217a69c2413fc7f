import { Certificate } from './certificate';

/** What happened to a marriage; the adapter stores it, the use case publishes it. */
export type MarriageChange =
  | { kind: 'registered'; certificates: Certificate[] }
  | { kind: 'certificate-reissued'; voided: string; issued: Certificate }
  | { kind: 'divorced'; certificates: Certificate[] }
  | { kind: 'ended-by-death'; deceased: string; widowed: string }
  | { kind: 'imported'; deceased: string | null }
  | { kind: 'death-revoked'; person: string };
