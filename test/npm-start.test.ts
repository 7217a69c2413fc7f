import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { eventually, freePort, repoRoot, testToken } from '@civic/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { join } from 'node:path';

/**
 * The README's first command, as on a fresh clone: the platform script starts its own Postgres and
 * Kafka and all seven services, each becomes ready and serves its Swagger UI and contracts, a
 * request's trace reaches the logs of the services that consume its events, a service killed with
 * SIGKILL is restarted while the others keep serving, and SIGTERM stops everything it started,
 * broker and Postgres included. Builds, as npm start does, then runs the built script.
 */
describe('npm start', () => {
  const names = SERVICE_REGISTRY.map((s) => s.name);
  let platform: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};
  let infraPorts: number[] = [];
  const pidOf = (name: string, after = 0): number | undefined => {
    const started = [...output.slice(after).matchAll(new RegExp(`\\[platform\\] ${name} started \\(pid (\\d+)\\)`, 'g'))];
    return started.length ? Number(started[started.length - 1][1]) : undefined;
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const accepts = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot(), stdio: 'inherit' });
    for (const name of names) ports[name] = await freePort();
    // Nothing of the test run's infrastructure: the script brings up its own, throwaway.
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/(DATABASE(_OWNER)?_URL|KAFKA_BROKERS)$/.test(key)));
    Object.assign(env, { LOG_LEVEL: 'info', CIVIC_EPHEMERAL: '1', CIVIC_POSTGRES_PORT: String(await freePort()), CIVIC_KAFKA_PORT: String(await freePort()) });
    infraPorts = [Number(env.CIVIC_POSTGRES_PORT), Number(env.CIVIC_KAFKA_PORT)];
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
      // The last line of the ready block: the links are printed before it.
      (o) => o.includes(`all ${names.length} services are ready`) && o.includes('[platform] get a token:'),
      { what: 'platform ready', timeoutMs: 180_000, intervalMs: 250 },
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

    // A service killed outright is restarted with backoff; the others keep serving meanwhile.
    const killedPid = pidOf('assistance')!;
    const mark = output.length;
    process.kill(killedPid, 'SIGKILL');
    await eventually(
      async () => output.slice(mark),
      (o) => o.includes('assistance exited (SIGKILL); restarting'),
      { what: 'the platform noticed the crash', timeoutMs: 10_000, intervalMs: 100 },
    );
    expect((await fetch(`http://127.0.0.1:${ports.community}/health/ready`)).status).toBe(200);
    const restartedPid = await eventually(
      async () => pidOf('assistance', mark),
      (pid) => pid !== undefined,
      { what: 'assistance restarted', timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(restartedPid).not.toBe(killedPid);
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${ports.assistance}/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      { what: 'assistance ready again', timeoutMs: 90_000, intervalMs: 250 },
    );

    // SIGTERM stops every service, then the broker and Postgres it started, and exits 0.
    const pids = names.map((name) => pidOf(name)!);
    const exited = new Promise<number | null>((resolve) => platform.once('exit', (code) => resolve(code)));
    platform.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    for (const port of infraPorts) expect(await accepts(port)).toBe(false);
  }, 300_000);
});
