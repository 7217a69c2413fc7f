import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { eventually, freePort, repoRoot } from '@civic/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The README's first command: the platform script starts all seven services, each becomes ready
 * and serves its Swagger UI and contracts, and SIGTERM stops them all. Builds, as npm start does,
 * then runs the built script against the run's Postgres and Kafka.
 */
describe('npm start', () => {
  const names = SERVICE_REGISTRY.map((s) => s.name);
  let platform: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
    for (const name of names) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
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
    const exited = new Promise<number | null>((resolve) => platform.once('exit', (code) => resolve(code)));
    platform.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
