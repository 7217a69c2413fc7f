import createClient, { type Client } from 'openapi-fetch';
import type { paths as AssistancePaths } from './generated/assistance';
import type { paths as CharityPaths } from './generated/charity';
import type { paths as ChildWelfarePaths } from './generated/child-welfare';
import type { paths as CommunityPaths } from './generated/community';
import type { paths as EldercarePaths } from './generated/eldercare';
import type { paths as FuneralPaths } from './generated/funeral';
import type { paths as RegistrationPaths } from './generated/registration';

/**
 * Typed HTTP clients for integrators, one per service, generated (openapi-typescript) from the
 * committed services/<name>/openapi.json by `npm run openapi`: a contract change that breaks a
 * caller fails to compile where the caller uses it.
 */
export type ServicePaths = {
  assistance: AssistancePaths;
  eldercare: EldercarePaths;
  'child-welfare': ChildWelfarePaths;
  registration: RegistrationPaths;
  funeral: FuneralPaths;
  community: CommunityPaths;
  charity: CharityPaths;
};

export type ServiceClient<S extends keyof ServicePaths> = Client<ServicePaths[S], 'application/json'>;

export type ServiceClientOptions = {
  /** e.g. http://localhost:3001 */
  baseUrl: string;
  /** A bearer token from the bureau's identity provider. */
  token: string;
  /** A fetch of the caller's own (a proxy, a test transport); the global fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
};

export function serviceClient<S extends keyof ServicePaths>(_service: S, options: ServiceClientOptions): ServiceClient<S> {
  return createClient<ServicePaths[S], 'application/json'>({
    baseUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
