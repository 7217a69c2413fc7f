import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { ProblemError } from './problem';

/**
 * Per-caller rate limit of the /api routes (`RATE_LIMIT_PER_MINUTE` per service instance, 0 = off):
 * a caller is the token's subject and calling system, so one runaway integration cannot starve the
 * others; before authentication (an invalid token) it is the client address. Past the limit: 429
 * problem+json with Retry-After. Health, metrics and docs are never limited.
 */
@Injectable()
export class CallerThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<{ url?: string }>();
    return !(request.url ?? '').startsWith('/api/');
  }

  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const actor = request.actor as { subject: string; system: string } | undefined;
    return actor ? `caller:${actor.subject}|${actor.system}` : `ip:${String(request.ip)}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new ProblemError(
      429,
      'RATE_LIMITED',
      'Too many requests',
      `more than ${detail.limit} requests a minute from this caller; retry after ${detail.timeToBlockExpire} s (Retry-After)`,
    );
  }
}
