import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { readFileSync } from 'node:fs';
import { ServiceConfig } from '../config/service-config';
import { Actor } from './actor';

/** How long a verified token is trusted without checking its signature again (never past its expiry). */
const VERIFIED_TOKEN_TTL_MS = 300_000;
/** How often the identity provider's key set is fetched to tell whether it answers. */
const PROBE_INTERVAL_MS = 30_000;

/** Whether the identity provider's key set could be fetched: shown in /health/ready. */
export interface IdentityProviderStatus {
  status: 'up' | 'down' | 'unknown';
  /** Where the keys come from: the provider's JWKS URL, or the local issuer's file (development). */
  source: 'jwks-url' | 'jwks-file';
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
}

/**
 * Verifies bearer JWTs against the issuer's JWKS and turns their claims into an Actor. An
 * integrating system sends the same token with every call until it expires: its verified claims are
 * kept for a few minutes, so the signature check (the costliest step of a request) runs once.
 */
export class TokenVerifier implements OnApplicationBootstrap {
  private readonly keySet: Parameters<typeof jwtVerify>[1];
  private readonly remote?: ReturnType<typeof createRemoteJWKSet>;
  private readonly verified = new LRUCache<string, Actor>({ max: 10_000 });
  private readonly logger = new Logger('IdentityProvider');
  private provider: IdentityProviderStatus;
  private lastProbeAt = 0;
  private probing?: Promise<void>;

  constructor(private readonly config: Pick<ServiceConfig, 'jwksUrl' | 'jwksFile' | 'authIssuer' | 'authAudience' | 'authMaxTokenLifetimeS'>) {
    if (config.jwksUrl) {
      this.remote = createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000, timeoutDuration: 3_000 });
      this.keySet = this.remote;
      this.provider = { status: 'unknown', source: 'jwks-url' };
    } else {
      this.keySet = createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile!, 'utf8')));
      this.provider = { status: 'up', source: 'jwks-file' };
    }
  }

  /** Fetches the key set once at start-up, so an unreachable provider is in the log from the first minute. */
  onApplicationBootstrap(): void {
    void this.probe();
  }

  /** The provider's state as last seen; a stale view starts a new fetch in the background (never awaited by a probe). */
  identityProvider(): IdentityProviderStatus {
    if (this.remote && Date.now() - this.lastProbeAt > PROBE_INTERVAL_MS) void this.probe();
    return { ...this.provider };
  }

  /** Fetches the provider's key set and records whether it answered. */
  probe(): Promise<void> {
    if (!this.remote) return Promise.resolve();
    this.probing ??= this.remote
      .reload()
      .then(
        () => this.providerAnswered(),
        (error: unknown) => this.providerFailed(error),
      )
      .finally(() => {
        this.lastProbeAt = Date.now();
        this.probing = undefined;
      });
    return this.probing;
  }

  private providerAnswered(): void {
    if (this.provider.status === 'down') this.logger.log(`the identity provider answers again (${this.config.jwksUrl})`);
    this.provider = { ...this.provider, status: 'up', lastSuccessAt: new Date().toISOString() };
  }

  private providerFailed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.provider.status !== 'down') this.logger.error(`the identity provider's key set cannot be fetched from ${this.config.jwksUrl}: ${message}`);
    this.provider = { ...this.provider, status: 'down', lastError: message, lastErrorAt: new Date().toISOString() };
  }

  /** Throws when the token is malformed, expired, not ours or signed by an unknown key. */
  async verify(token: string): Promise<Actor> {
    const known = this.verified.get(token);
    if (known) return known;
    const { payload } = await jwtVerify(token, this.keySet as never, {
      issuer: this.config.authIssuer,
      audience: this.config.authAudience,
      algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
      clockTolerance: 30,
      // Who, since when and until when: a token without them is no token of ours.
      requiredClaims: ['sub', 'iat', 'exp'],
    }).catch((error: unknown) => {
      // A key set that could not be fetched is the provider's failure, not the token's.
      if (this.remote && (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))) this.providerFailed(error);
      throw error;
    });
    // Its life counts from when it was issued, or from now if it claims to be issued later.
    if (payload.exp! - Math.min(payload.iat!, Math.floor(Date.now() / 1000)) > this.config.authMaxTokenLifetimeS)
      throw new TokenRefused(`the token lives longer than the ${this.config.authMaxTokenLifetimeS} s allowed`);
    const actor = actorOf(payload);
    const ttl = Math.min(VERIFIED_TOKEN_TTL_MS, payload.exp ? payload.exp * 1000 - Date.now() : VERIFIED_TOKEN_TTL_MS);
    if (ttl > 0) this.verified.set(token, actor, { ttl });
    return actor;
  }
}

/** A token whose claims cannot be trusted as they are (answered 401 like any invalid token). */
export class TokenRefused extends Error {}

export function actorOf(payload: JWTPayload): Actor {
  const claims = payload as JWTPayload & { roles?: unknown; realm_access?: { roles?: unknown }; azp?: unknown; client_id?: unknown; districts?: unknown };
  const roles = stringArray(claims.roles ?? claims.realm_access?.roles);
  const subject = typeof payload.sub === 'string' ? payload.sub.trim() : '';
  if (!subject) throw new TokenRefused('the token names no subject');
  return {
    subject,
    system: String(claims.azp ?? claims.client_id ?? 'unknown'),
    roles,
    districts: districtsOf(claims.districts),
  };
}

/**
 * The districts a token is scoped to. Absent or an empty list: city-wide. Present, it must be a list
 * of 6-digit district codes: anything else (a string, numbers, a street code) refuses the token,
 * because reading a malformed scope as "no scope" would make a district token city-wide.
 */
export function districtsOf(claim: unknown): string[] {
  if (claim === undefined) return [];
  if (!Array.isArray(claim) || !claim.every((d) => typeof d === 'string' && /^\d{6}$/.test(d)))
    throw new TokenRefused('the districts claim must be a list of 6-digit district codes');
  return [...claim];
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
