import { createLocalJWKSet, createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { readFileSync } from 'node:fs';
import { ServiceConfig } from '../config/service-config';
import { Actor } from './actor';

/** Verifies bearer JWTs against the issuer's JWKS and turns their claims into an Actor. */
export class TokenVerifier {
  private readonly keySet: Parameters<typeof jwtVerify>[1];

  constructor(private readonly config: Pick<ServiceConfig, 'jwksUrl' | 'jwksFile' | 'authIssuer' | 'authAudience'>) {
    this.keySet = config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
      : createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile!, 'utf8')));
  }

  /** Throws when the token is malformed, expired, not ours or signed by an unknown key. */
  async verify(token: string): Promise<Actor> {
    const { payload } = await jwtVerify(token, this.keySet as never, {
      issuer: this.config.authIssuer,
      audience: this.config.authAudience,
      algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
      clockTolerance: 30,
    });
    return actorOf(payload);
  }
}

function actorOf(payload: JWTPayload): Actor {
  const claims = payload as JWTPayload & { roles?: unknown; realm_access?: { roles?: unknown }; azp?: unknown; client_id?: unknown; districts?: unknown };
  const roles = stringArray(claims.roles ?? claims.realm_access?.roles);
  return {
    subject: String(payload.sub ?? ''),
    system: String(claims.azp ?? claims.client_id ?? 'unknown'),
    roles,
    districts: stringArray(claims.districts).filter((d) => /^\d{6}$/.test(d)),
  };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
