import { loadServiceConfig, TokenVerifier } from '@civic/platform';
import { startTestService, testToken, TestService } from '@civic/testing';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/**
 * The identity provider as production uses it: a JWKS fetched over the network. The test serves the
 * run's issuer keys over http, then takes the provider away and reads what readiness says.
 */
describe('identity provider reached through its JWKS URL', () => {
  let community: TestService;
  let provider: Server;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const jwks = readFileSync(process.env.AUTH_JWKS_FILE!, 'utf8');
    provider = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const { port } = provider.address() as AddressInfo;
    const config = loadServiceConfig(service.name, service.defaultPort);
    verifier = new TokenVerifier({ ...config, jwksFile: undefined, jwksUrl: `http://127.0.0.1:${port}/jwks.json` });
    community = await startTestService(AppModule, service, { overrides: [{ provide: TokenVerifier, useValue: verifier }] });
  });
  afterAll(async () => {
    await community.close();
    provider.close();
  });

  const ready = async () => (await community.request({ method: 'GET', url: '/health/ready' })).body.details.identityProvider;
  const divisions = (token: string) => community.request({ method: 'GET', url: '/api/v1/divisions/310104', token });

  it('verifies tokens with the fetched keys and reports the provider up', async () => {
    expect((await divisions(await testToken(['community:division.read']))).status).toBe(200);
    await verifier.probe();
    expect(await ready()).toMatchObject({ status: 'up', source: 'jwks-url', lastSuccessAt: expect.any(String) });
  });

  it('shows an unreachable provider in readiness details while the service stays ready', async () => {
    const known = await testToken(['community:division.read'], 'known-before');
    expect((await divisions(known)).status).toBe(200);
    provider.closeAllConnections();
    await new Promise<void>((resolve) => provider.close(() => resolve()));
    await verifier.probe();
    const res = await community.request({ method: 'GET', url: '/health/ready' });
    expect(res.status).toBe(200);
    expect(res.body.details.identityProvider).toMatchObject({
      status: 'down',
      source: 'jwks-url',
      lastError: expect.any(String),
      lastErrorAt: expect.any(String),
    });
    // Keys fetched before the outage are kept (up to ten minutes): verified and new tokens still work.
    expect((await divisions(known)).status).toBe(200);
    expect((await divisions(await testToken(['community:division.read'], 'after-outage'))).status).toBe(200);
    expect((await divisions('not-a-token')).status).toBe(401);
  });
});
