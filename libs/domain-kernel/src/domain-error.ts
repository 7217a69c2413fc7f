/**
 * A broken business rule. `code` is stable (e.g. `CITIZEN_ID.BAD_CHECK_CHARACTER`): clients and the
 * problem+json `type` are keyed on it, so it never changes once published. `field` names the input
 * that broke the rule when there is one, so the HTTP layer can point at it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'invalid',
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** What sort of failure this is; the HTTP layer maps each kind to one status. */
export type DomainErrorKind =
  | 'invalid' // the input can never be right: 400
  | 'not-found' // 404
  | 'conflict' // the input clashes with current state (illegal transition, duplicate): 409
  | 'rule'; // well-formed, but a business rule refuses it: 422
