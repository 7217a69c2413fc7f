import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { eventually, freePort, repoRoot, testToken } from '@civic/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * The README's first command: the platform script starts all seven services, each becomes ready
 * and serves its Swagger UI and contracts, a request's trace reaches the logs of the services that
 * consume its events, and SIGTERM stops them all. Builds, as npm start does, then runs the built
 * script against the run's Postgres and Kafka.
 */
describe('npm start', () => {
  const names = SERVICE_REGISTRY.map((s) => s.name);
  let platform: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
    for (const name of names) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
    for (const name of names) env[`${serviceEnvPrefix(name)}PORT`] = String(ports[name]);
    platform = spawn(process.execPath, [join(repoRoot(), 'dist', 'tools', 'start-platform.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    platform.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    platform.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });

  afterAll(() => {
    if (platform.exitCode === null) platform.kill('SIGKILL');
  });

  it('brings every service of the registry to ready with their docs, and stops them on SIGTERM', async () => {
    await eventually(
      async () => output,
      (o) => o.includes(`all ${names.length} services are ready`),
      { what: 'platform ready', timeoutMs: 120_000, intervalMs: 250 },
    );
    for (const name of names) {
      expect(output).toContain(`http://localhost:${ports[name]}/docs`);
      const ui = await fetch(`http://127.0.0.1:${ports[name]}/docs`);
      expect(ui.status).toBe(200);
      expect(ui.headers.get('content-type')).toMatch(/text\/html/);
      expect(await ui.text()).toMatch(/swagger-ui/i);
      const contract = (await (await fetch(`http://127.0.0.1:${ports[name]}/docs-json`)).json()) as { info: { title: string } };
      expect(contract.info.title).toBe(`${name} service`);
      expect((await fetch(`http://127.0.0.1:${ports[name]}/health/ready`)).status).toBe(200);
    }

    // A division established in community under the caller's trace: community's access log and the
    // other services' consumers log the same trace id (the event carried it as `traceparent`).
    const traceId = randomBytes(16).toString('hex');
    const code = `310115${String(100 + Math.floor(Math.random() * 800))}`;
    const created = await fetch(`http://127.0.0.1:${ports.community}/api/v1/divisions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await testToken(['community:division.write'])}`,
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ code, name: '追踪测试镇' }),
    });
    expect(created.status).toBe(201);
    const logLines = () => output.split('\n').filter((line) => line.includes(`"traceId":"${traceId}"`));
    const traced = await eventually(
      async () => logLines(),
      (lines) => names.filter((n) => n !== 'community').every((n) => lines.some((l) => l.includes(`"service":"${n}"`) && l.includes('event handled'))),
      { what: 'every consumer logged the trace', timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(traced.some((l) => l.includes('"service":"community"') && l.includes('request completed'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => platform.once('exit', (code) => resolve(code)));
    platform.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
