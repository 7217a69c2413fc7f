import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEV_ISSUER = 'civic-dev-issuer';
export const DEV_AUDIENCE = 'civic-platform';

export interface DevTokenClaims {
  sub: string;
  roles: string[];
  /** The calling system (azp); defaults to `swagger-ui`. */
  system?: string;
  districts?: string[];
  expiresIn?: string;
}

/**
 * The local token issuer for development and tests: an ES256 key pair generated on first use into
 * `dir` (never committed), its public JWKS in `jwks.json` for the services to trust.
 */
export class DevIssuer {
  private constructor(
    private readonly privateJwk: JWK,
    readonly jwksFile: string,
  ) {}

  static async open(dir: string): Promise<DevIssuer> {
    const privateFile = join(dir, 'private.jwk.json');
    const jwksFile = join(dir, 'jwks.json');
    if (!existsSync(privateFile) || !existsSync(jwksFile)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = `dev-${Date.now().toString(36)}`;
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
      writeFileSync(privateFile, JSON.stringify(privateJwk), { mode: 0o600 });
      writeFileSync(jwksFile, JSON.stringify({ keys: [publicJwk] }, null, 2));
    }
    return new DevIssuer(JSON.parse(readFileSync(privateFile, 'utf8')), jwksFile);
  }

  async sign(claims: DevTokenClaims): Promise<string> {
    return this.signClaims(
      { sub: claims.sub, roles: claims.roles, azp: claims.system ?? 'swagger-ui', districts: claims.districts ?? [] },
      claims.expiresIn ?? '12h',
    );
  }

  /**
   * Any claims, as given (with issuer, audience and, unless present, `iat`): for tests of what the
   * services refuse (a malformed scope, a missing subject, an overlong lifetime). `expiresIn` null: no `exp`.
   */
  async signClaims(claims: Record<string, unknown>, expiresIn: string | number | null = '12h'): Promise<string> {
    const key = await importJWK(this.privateJwk, 'ES256');
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: this.privateJwk.kid, typ: 'JWT' }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE);
    if (claims.iat === undefined) jwt.setIssuedAt();
    if (expiresIn !== null) jwt.setExpirationTime(expiresIn);
    return jwt.sign(key);
  }
}
