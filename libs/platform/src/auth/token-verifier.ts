import { createLocalJWKSet, createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { readFileSync } from 'node:fs';
import { ServiceConfig } from '../config/service-config';
import { Actor } from './actor';

/** How long a verified token is trusted without checking its signature again (never past its expiry). */
const VERIFIED_TOKEN_TTL_MS = 300_000;

/**
 * Verifies bearer JWTs against the issuer's JWKS and turns their claims into an Actor. An
 * integrating system sends the same token with every call until it expires: its verified claims are
 * kept for a few minutes, so the signature check (the costliest step of a request) runs once.
 */
export class TokenVerifier {
  private readonly keySet: Parameters<typeof jwtVerify>[1];
  private readonly verified = new LRUCache<string, Actor>({ max: 10_000 });

  constructor(private readonly config: Pick<ServiceConfig, 'jwksUrl' | 'jwksFile' | 'authIssuer' | 'authAudience' | 'authMaxTokenLifetimeS'>) {
    this.keySet = config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
      : createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile!, 'utf8')));
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
