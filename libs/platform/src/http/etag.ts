import { ProblemError } from './problem';

/** The ETag of an aggregate version: a strong validator the client sends back in If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version the client expects from its If-Match header, or undefined when it sent none. A
 * stale version is answered by the use case with 412. A value that is no ETag of ours can match no
 * version either, so it is 412 too (RFC 9110 §13.1.1: the condition is false), naming the header.
 */
export function expectedVersionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch === '*') return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
  if (!match)
    throw new ProblemError(412, 'IF_MATCH_MALFORMED', 'If-Match matches no version', 'If-Match must be an ETag such as "3"', [
      { field: 'If-Match', message: 'must be an ETag such as "3"' },
    ]);
  return Number(match[1]);
}

/** The client's copy is older than the stored one. */
export class StaleVersionError extends ProblemError {
  constructor(current: number) {
    super(412, 'PRECONDITION_FAILED', 'Precondition failed', `the resource has changed (now version ${current}); fetch it again and retry`);
  }
}

/** Someone else's write landed between our read and our write. */
export class ConcurrentUpdateError extends ProblemError {
  constructor() {
    super(409, 'CONCURRENT_UPDATE', 'Concurrent update', 'the resource was changed by another request at the same time; fetch it again and retry');
  }
}
