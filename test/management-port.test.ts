import { serveManagement } from '@civic/platform';
import { freePort, startTestService, TestService, testToken } from '@civic/testing';
import { Server } from 'node:http';
import { SERVICES } from './services';

/** community with MANAGEMENT_PORT: health and metrics there, and not on the API port. */
describe('the management port', () => {
  let community: TestService;
  let management: Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    process.env.COMMUNITY_MANAGEMENT_PORT = String(port);
    community = await startTestService(SERVICES.community.module, SERVICES.community.definition, { consumers: false });
    management = await serveManagement(community.app, port, '127.0.0.1');
  });
  afterAll(async () => {
    delete process.env.COMMUNITY_MANAGEMENT_PORT;
    management.close();
    await community.close();
  });

  it('serves health and metrics on its own port and nothing else there', async () => {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ok');
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(await metrics.text()).toMatch(/outbox_pending_events/);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/divisions/310104`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/docs-json`)).status).toBe(404);
  });

  it('leaves the API port to the API: health and metrics are 404 there', async () => {
    for (const url of ['/health/ready', '/health/live', '/metrics']) expect((await community.request({ method: 'GET', url })).status).toBe(404);
    const token = await testToken(['community:division.read']);
    expect((await community.request({ method: 'GET', url: '/api/v1/divisions/310104', token })).status).toBe(200);
  });
});
