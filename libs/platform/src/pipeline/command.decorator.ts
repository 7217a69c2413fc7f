import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';

export const COMMAND_KEY = 'civic:command';

export interface CommandOptions {
  /** What the audit trail calls it, e.g. `division.establish`. */
  action: string;
  resourceType: string;
  /** Picks the affected resource's id from the route params or the result. */
  resourceId?: (params: Record<string, string>, result: unknown) => string | undefined;
  /** Accept an Idempotency-Key header (commands that create things). */
  idempotent?: boolean;
  /**
   * Commands with the same key (from the request) run one at a time in this process, queued before
   * they open their transaction: for commands a database lock serialises anyway, so that waiting
   * for the lock does not hold pooled connections. No key: no queue.
   */
  queueBy?: (request: { params: Record<string, string>; body: unknown }) => string | undefined;
}

/**
 * Marks a route as a state-changing command: it runs in one transaction together with its audit
 * row, its outbox events and (with `idempotent`) its idempotency record.
 */
export function Command(options: CommandOptions) {
  const decorators = [SetMetadata(COMMAND_KEY, options), ApiConflictResponse({ description: 'Conflicts with the current state (problem+json)' })];
  if (options.idempotent) {
    decorators.push(
      ApiHeader({
        name: 'Idempotency-Key',
        required: false,
        schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,200}$' },
        description:
          'Client-chosen key (1-200 of A-Z a-z 0-9 _ - . :). The same key with the same body returns the first response again without a second write; with another body it is refused with 422.',
      }),
      ApiUnprocessableEntityResponse({ description: 'Idempotency-Key reused with a different request, or a business rule refused it' }),
    );
  }
  return applyDecorators(...decorators);
}
