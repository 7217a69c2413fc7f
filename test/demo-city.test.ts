import { ALL_EVENT_CONTRACTS, SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { eventually, freePort, repoRoot } from '@civic/testing';
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE } from '../tools/demo/demo-city-data';
import { eventsCommand } from '../tools/events';

/** The README's walk-throughs on the demo city: the setup block, then each numbered walk-through's bash block. */
function walkThroughs(readme: string): { setup: string; steps: [string, string][] } {
  const section = readme.slice(readme.indexOf('### Walk-throughs on the demo city'));
  const body = section.slice(0, section.search(/\n## /) === -1 ? undefined : section.search(/\n## /));
  const bash = (text: string) => [...text.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
  const [intro, ...parts] = body.split('\n#### ');
  return { setup: bash(intro), steps: parts.map((part) => [part.slice(0, part.indexOf('\n')), bash(part)]) };
}

/**
 * The demo city as a trainer meets it: `npm start -- --demo` on a fresh platform populates every
 * context through the APIs, a second seeding adds nothing, every topic holds events, the services'
 * lists show real records, and each walk-through of the README, run as written (its bash blocks,
 * with the ports of this run), finishes.
 */
describe('npm start -- --demo', () => {
  const root = repoRoot();
  let platform: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};
  const env: NodeJS.ProcessEnv = {};
  let token = '';
  const readme = walkThroughs(readFileSync(join(root, 'README.md'), 'utf8'));
  /** The README's requests name the default ports (3001-3007); this run's services listen elsewhere. */
  const onThisRun = (script: string) => script.replace(/\b300([1-7])\b/g, (port) => String(ports[SERVICE_REGISTRY.find((s) => s.port === Number(port))!.name]));
  const get = async (service: string, path: string) => {
    const res = await fetch(`http://127.0.0.1:${ports[service]}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
    // Nothing of the test run's infrastructure or issuer: the platform brings up its own, as on a fresh clone.
    Object.assign(env, Object.fromEntries(Object.entries(process.env).filter(([key]) => !/(DATABASE(_OWNER)?_URL|KAFKA_\w+|AUTH_JWKS_\w+)$/.test(key))));
    for (const { name } of SERVICE_REGISTRY) env[`${serviceEnvPrefix(name)}PORT`] = String((ports[name] = await freePort()));
    Object.assign(env, {
      LOG_LEVEL: 'warn',
      CIVIC_EPHEMERAL: '1',
      CIVIC_POSTGRES_PORT: String(await freePort()),
      CIVIC_KAFKA_PORT: String(await freePort()),
      CIVIC_CLOCK_FILE: join(mkdtempSync(join(tmpdir(), 'civic-demo-clock-')), 'clock.json'),
    });
    platform = spawn(process.execPath, [join(root, 'dist', 'tools', 'start-platform.js'), '--demo'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    platform.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    platform.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(
      async () => output,
      (o) => /\[demo\] (its events:|stopped|not seeded)/.test(o) || platform.exitCode !== null,
      { what: 'the demo city seeded', timeoutMs: 420_000, intervalMs: 500 },
    );
    token = execFileSync('npm', ['run', '-s', 'token', '--', '--sub', 'demo-test', '--roles', 'platform:admin,*:personal-data.read'], {
      cwd: root,
      env,
      encoding: 'utf8',
    }).trim();
  }, 480_000);

  afterAll(async () => {
    if (platform?.exitCode === null) {
      const exited = new Promise((resolve) => platform.once('exit', resolve));
      platform.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 70_000).unref())]);
      if (platform.exitCode === null) platform.kill('SIGKILL');
    }
  }, 90_000);

  it('populates every context through the APIs and says what it made, with links into Swagger UI', () => {
    expect(output).not.toMatch(/\[demo\] (stopped|not seeded)/);
    const made = Number(/\[demo\] the demo city: (\d+) records made now, 0 already there/.exec(output)?.[1]);
    expect(made).toBeGreaterThan(120);
    for (const { name } of SERVICE_REGISTRY) {
      expect(output).toMatch(new RegExp(`\\[demo\\] ${name} done in`));
      expect(output).toContain(`http://localhost:${ports[name]}/docs`);
    }
  });

  it('adds nothing when seeded again', () => {
    const again = spawnSync(process.execPath, [join(root, 'dist', 'tools', 'demo.js')], { env, encoding: 'utf8', timeout: 120_000 });
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/\[demo\] the demo city: 0 records made now, \d+ already there/);
  });

  it('shows real records in every service’s lists', async () => {
    const lists: [string, string][] = [
      ['community', '/api/v1/persons?divisionCode=310104003'],
      ['assistance', '/api/v1/applications?divisionCode=310104'],
      ['eldercare', '/api/v1/residents?divisionCode=310104'],
      ['child-welfare', '/api/v1/children?divisionCode=310104'],
      ['funeral', '/api/v1/death-records?divisionCode=310104'],
      ['registration', '/api/v1/marriage-agencies?divisionCode=310104'],
      ['charity', '/api/v1/organisations?divisionCode=310104'],
    ];
    for (const [service, path] of lists) {
      const { status, body } = await get(service, path);
      expect({ service, status, some: body.items.length > 0 }).toEqual({ service, status: 200, some: true });
    }
    // Registration lists no marriages: a person's status shows them (王建华's widow).
    expect((await get('registration', `/api/v1/marital-status/${PEOPLE.liXiulan.citizenId}`)).body.status).toBe('widowed');
  });

  it('leaves events on every topic of the platform, which the events tool prints', async () => {
    const run = async (argv: string[]) => {
      const lines: string[] = [];
      const code = await eventsCommand(argv, { ...env, KAFKA_BROKERS: `127.0.0.1:${env.CIVIC_KAFKA_PORT}` }, (line) => lines.push(line));
      return { code, lines };
    };
    const listed = await run(['--list']);
    expect(listed.code).toBe(0);
    const counts = new Map(listed.lines.map((l) => l.trim().split(/\s+/)).map(([n, topic]) => [topic, Number(n)]));
    for (const topic of new Set(ALL_EVENT_CONTRACTS.map((c) => c.topic)))
      expect({ topic, events: (counts.get(topic) ?? 0) > 0 }).toEqual({ topic, events: true });
    const deaths = await run(['--topic', 'funeral.death-record']);
    expect(deaths.lines.join('\n')).toContain('type     funeral.death-record.registered.v1');
    expect(deaths.lines.join('\n')).toContain('"name": "王建华"');
  });

  it('has four walk-throughs in the README', () => {
    expect(readme.steps.map(([title]) => title)).toEqual([
      '1. Assistance: from submission to the first payment line',
      '2. A death reaching every context',
      '3. An adoption from assessment to registration',
      '4. A Qingming booking',
    ]);
  });

  it.each(readme.steps)(
    'walk-through %s finishes as the README writes it',
    (_title, block) => {
      const run = spawnSync('bash', ['-c', `set -euo pipefail\n${onThisRun(readme.setup)}\n${onThisRun(block)}`], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr, stdout: run.status === 0 ? '' : run.stdout }).toEqual({
        status: 0,
        stderr: '',
        stdout: '',
      });
      if (_title.startsWith('1.')) {
        expect(run.stdout).toContain('2240.00');
        expect(run.stdout).toMatch(/,dibao,310104003,2,2240\.00,钱学文,/);
      }
      if (_title.startsWith('2.')) expect(run.stdout.match(/^ok: /gm)).toHaveLength(6);
      if (_title.startsWith('4.')) expect(run.stdout).toContain('cancelled');
    },
    300_000,
  );
});
