import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): `version-traceid-parentid-flags`.
 * Every request and every consumed event works in a span of its own, in the caller's trace when the
 * caller sent a valid `traceparent`, else in a new trace; events carry the span that committed them.
 */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/** The trace id of a well-formed traceparent, else undefined. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return undefined;
  const [, version, traceId, parentId, , rest] = match;
  // Version ff is forbidden; version 00 has exactly four fields; all-zero ids mean "invalid".
  if (version === 'ff' || (version === '00' && rest !== undefined) || ALL_ZERO.test(traceId) || ALL_ZERO.test(parentId)) return undefined;
  return traceId;
}

/** A new span under `parent` (same trace id, keeps the sampled flag), or the root of a new trace. */
export function continueTrace(parent: string | undefined): string {
  const inherited = traceIdOf(parent);
  // The flags are the fourth field, at the same offset in every version.
  const flags = inherited ? parent!.slice(53, 55) : '01';
  return `00-${inherited ?? randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-${flags}`;
}

/** The ids of a well-formed traceparent as a remote span context (OpenTelemetry's shape), else undefined. */
export function remoteSpanOf(traceparent: string | undefined): { traceId: string; spanId: string; traceFlags: number; isRemote: true } | undefined {
  const traceId = traceIdOf(traceparent);
  if (!traceId) return undefined;
  // Fields at fixed offsets in every version: version-traceid-parentid-flags.
  return { traceId, spanId: traceparent!.slice(36, 52), traceFlags: parseInt(traceparent!.slice(53, 55), 16), isRemote: true };
}
