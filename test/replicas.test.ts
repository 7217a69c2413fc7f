import { eventually, freePort, newBirthDate, newCitizenId, repoRoot, seedTestDivisions, TestBroker, testToken, useFreshDatabase } from '@civic/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { seedPayableBenefits } from '../services/assistance/test/support/seed-benefits';
import { REPLICA_PORT_STEP } from '../tools/replica-plan';

/**
 * Replicas proven safe on one machine: `npm start -- --replicas assistance=3,funeral=2` runs five
 * service processes on one database per service and one set of consumer groups, and every effect
 * happens once under load: a payment month's lines, a slot's bookings, an import's households, a
 * death's consequences in assistance; each committed event reaches Kafka once, in its aggregate's
 * order (one relay at a time per schema); and when a replica stops, its consumer groups rebalance
 * onto the others, which carry on, exactly once still. Runs the built start script, as npm start does.
 */
describe('npm start --replicas assistance=3,funeral=2', () => {
  const REPLICAS = { assistance: 3, funeral: 2 };
  let platform: ChildProcess;
  let output = '';
  const restore: (() => void)[] = [];
  const ports: Record<'assistance' | 'funeral', number[]> = { assistance: [], funeral: [] };
  let assistanceDb: Client;
  let funeralDb: Client;
  let broker: TestBroker;
  let officer: string;

  const call = async (port: number, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${officer}`,
        ...(typeof body === 'string' ? { 'content-type': 'text/csv' } : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  };
  /** The next replica of a service, in turn: requests are spread over all of them, as a load balancer would. */
  const turns = { assistance: 0, funeral: 0 };
  const next = (service: 'assistance' | 'funeral') => ports[service][turns[service]++ % ports[service].length];
  const count = async (db: Client, sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;

  beforeAll(async () => {
    restore.push(await useFreshDatabase('assistance', 'civic_replicas_assistance'), await useFreshDatabase('funeral', 'civic_replicas_funeral'));
    // Replicas listen a port step apart from the first: bases far enough apart that no two meet.
    const bases = { assistance: await freePort(), funeral: 0 };
    do bases.funeral = await freePort();
    while (Math.abs(bases.funeral - bases.assistance) % REPLICA_PORT_STEP === 0);
    for (const service of ['assistance', 'funeral'] as const)
      ports[service] = Array.from({ length: REPLICAS[service] }, (_, i) => bases[service] + i * REPLICA_PORT_STEP);
    // Ephemeral: the sandbox clock of a throwaway directory, never the developer's moved one.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CIVIC_EPHEMERAL: '1',
      ASSISTANCE_PORT: String(bases.assistance),
      FUNERAL_PORT: String(bases.funeral),
      LOG_LEVEL: 'info',
    };
    platform = spawn(
      process.execPath,
      [join(repoRoot(), 'dist', 'tools', 'start-platform.js'), '--only', 'assistance,funeral', '--replicas', 'assistance=3,funeral=2'],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    platform.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    platform.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(
      async () => output,
      (o) => o.includes('all 2 services are ready (5 processes)') || platform.exitCode !== null,
      { what: 'five replicas ready', timeoutMs: 240_000, intervalMs: 250 },
    );
    expect(platform.exitCode).toBeNull();
    assistanceDb = new Client({ connectionString: process.env.ASSISTANCE_DATABASE_URL });
    funeralDb = new Client({ connectionString: process.env.FUNERAL_DATABASE_URL });
    await Promise.all([assistanceDb.connect(), funeralDb.connect()]);
    await seedTestDivisions(assistanceDb, 'assistance');
    await seedTestDivisions(funeralDb, 'funeral');
    officer = await testToken(
      ['assistance:*', 'assistance:personal-data.read', 'funeral:*', 'funeral:personal-data.read'],
      'replica-officer',
      'funeral-home-system',
    );
    broker = new TestBroker('replicas-test');
  }, 300_000);

  afterAll(async () => {
    await Promise.allSettled([assistanceDb?.end(), funeralDb?.end(), broker?.close()]);
    if (platform && platform.exitCode === null) {
      const exited = new Promise((resolve) => platform.once('exit', resolve));
      platform.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 60_000).unref())]);
      if (platform.exitCode === null) platform.kill('SIGKILL');
    }
    for (const undo of restore.reverse()) undo();
  }, 90_000);

  it('prints every replica with its own port and serves from each', async () => {
    for (const [service, list] of Object.entries(ports))
      for (const [i, port] of list.entries()) {
        expect(output).toContain(`${i === 0 ? service : `${service}#${i + 1}`}`.padEnd(14) + ` http://localhost:${port}/docs`);
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      }
  });

  it('writes each payable benefit one line when three replicas work a payment month together', async () => {
    const benefits = await seedPayableBenefits(assistanceDb, { count: 1500, divisions: ['310104003', '310104004', '310115001'], startsOn: '2026-01-01' });
    const started = await call(next('assistance'), 'POST', '/api/v1/payment-runs', { month: '2026-09' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ expectedLines: benefits.length });
    // The same month asked of another replica is the same run, not a second one.
    const again = await call(next('assistance'), 'POST', '/api/v1/payment-runs', { month: '2026-09' });
    expect([200, 202]).toContain(again.status);
    expect(again.body.month).toBe('2026-09');
    const done = await eventually(
      () => call(next('assistance'), 'GET', '/api/v1/payment-runs/2026-09'),
      (r) => r.body.status === 'completed',
      { what: 'payment run 2026-09 completed', timeoutMs: 180_000, intervalMs: 500 },
    );
    expect(done.body).toMatchObject({ lines: benefits.length, progressPercent: 100 });
    const lines = await assistanceDb.query(
      `SELECT count(*)::int AS n, count(DISTINCT benefit_id)::int AS benefits FROM assistance.payment_line WHERE month = '2026-09-01' AND kind = 'regular'`,
    );
    expect(lines.rows[0]).toEqual({ n: benefits.length, benefits: benefits.length });
    // Each replica counts the lines it wrote: together exactly the month's, none written twice.
    const written = await Promise.all(ports.assistance.map(linesWrittenBy));
    expect(written.reduce((a, b) => a + b, 0)).toBe(benefits.length);
  });

  it('books no more places than a slot holds when bookings arrive at both funeral replicas at once', async () => {
    const cemetery = await call(next('funeral'), 'POST', '/api/v1/cemeteries', { name: `副本公墓${Date.now()}`, kind: 'commercial', divisionCode: '310118' });
    expect(cemetery.status).toBe(201);
    const slot = await call(next('funeral'), 'POST', '/api/v1/sweeping-slots', {
      cemeteryId: cemetery.body.id,
      season: 'qingming-2027',
      day: '2027-04-04',
      startsAt: '08:00',
      endsAt: '10:00',
      capacity: 12,
    });
    expect(slot.status).toBe(201);
    const results = await Promise.all(
      Array.from({ length: 48 }, () =>
        call(next('funeral'), 'POST', '/api/v1/sweeping-bookings', { slotId: slot.body.id, citizenId: newCitizenId(), visitors: 1 }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(12);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.type === 'urn:civic:problem:booking.slot-full')).toBe(true);
    expect(await count(funeralDb, `SELECT count(*)::int AS n FROM funeral.sweeping_booking WHERE slot_id = $1 AND status = 'booked'`, [slot.body.id])).toBe(12);
  });

  it('creates each household of an import once while three replicas’ workers share it', async () => {
    const rows = 240;
    const surnames = '赵钱孙李周吴郑王冯陈褚卫';
    const given = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    const csv = [
      'householdRef,divisionCode,address,citizenId,name,relation,monthlyIncome,assets,disabilityGrade',
      ...Array.from(
        { length: rows },
        (_, i) => `R${i},310104003,副本路${i}号,${newCitizenId(newBirthDate())},${surnames[i % 12]}${given[Math.floor(i / 12) % 20]},head,100.00,0,`,
      ),
    ].join('\n');
    const accepted = await call(next('assistance'), 'POST', '/api/v1/household-imports', csv);
    expect(accepted.status).toBe(202);
    const done = await eventually(
      () => call(next('assistance'), 'GET', `/api/v1/household-imports/${accepted.body.id}`),
      (r) => r.body.status === 'completed',
      { what: 'import completed', timeoutMs: 120_000, intervalMs: 500 },
    );
    expect(done.body).toMatchObject({ processedRows: rows, acceptedRows: rows, householdsCreated: rows });
    const households = await assistanceDb.query(
      `SELECT count(*)::int AS n, count(DISTINCT address)::int AS addresses FROM assistance.household WHERE address LIKE '副本路%'`,
    );
    expect(households.rows[0]).toEqual({ n: rows, addresses: rows });
  });

  it('stops each benefit of the dead once, though three replicas consume the deaths and one of them stops midway', async () => {
    const group = 'assistance.civic_replicas_assistance.benefit-life-events';
    const deaths = 60;
    const benefits = await seedPayableBenefits(assistanceDb, { count: deaths, divisions: ['310104003'], startsOn: '2026-01-01' });
    const citizens = benefits.map(() => newCitizenId(newBirthDate(1940)));
    await assistanceDb.query(
      `UPDATE assistance.benefit b SET member_citizen_ids = ARRAY[c.citizen_id] FROM unnest($1::uuid[], $2::text[]) AS c(id, citizen_id) WHERE b.id = c.id`,
      [benefits, citizens],
    );
    const register = (citizenId: string) =>
      call(next('funeral'), 'POST', '/api/v1/death-records', {
        citizenId,
        name: '张三',
        dateOfDeath: '2026-11-01',
        placeOfDeath: '某医院',
        divisionCode: '310104003',
        funeralHome: '龙华殡仪馆',
        certificateNo: `RP${citizenId.slice(-6)}`,
      });
    const stopped = () => count(assistanceDb, `SELECT count(*)::int AS n FROM assistance.benefit WHERE id = ANY($1) AND status <> 'active'`, [benefits]);
    await eventually(
      () => members(group),
      (m) => m === 3,
      { what: 'three members in the group', timeoutMs: 120_000 },
    );

    const first = await Promise.all(citizens.slice(0, deaths / 2).map(register));
    expect(first.every((r) => r.status === 201)).toBe(true);
    // The second replica stops (as a pod would be evicted): it leaves the group, whose partitions
    // go to the two still running; the supervisor starts it again, and it takes its share back.
    const pid = Number(/\[platform\] assistance#2 started \(pid (\d+)\)/.exec(output)![1]);
    const mark = output.length;
    process.kill(pid, 'SIGTERM');
    await eventually(
      () => members(group),
      (m) => m === 2,
      { what: 'the group rebalanced onto two members', timeoutMs: 60_000, intervalMs: 100 },
    );
    const second = await Promise.all(citizens.slice(deaths / 2).map(register));
    expect(second.every((r) => r.status === 201)).toBe(true);
    await eventually(stopped, (n) => n === deaths, { what: 'every benefit of the dead stopped', timeoutMs: 120_000, intervalMs: 500 });
    await eventually(
      async () => output.slice(mark),
      (o) => /\[platform\] assistance#2 started \(pid \d+\)/.test(o),
      { what: 'the stopped replica restarted', timeoutMs: 60_000 },
    );
    await eventually(
      () => members(group),
      (m) => m === 3,
      { what: 'three members again', timeoutMs: 120_000 },
    );

    // Each benefit changed once (one status change, one version step), each death's event taken in once.
    const changes = await assistanceDb.query(
      `SELECT benefit_id, count(*)::int AS n FROM assistance.benefit_status_change WHERE benefit_id = ANY($1) AND reason LIKE 'death registered%' GROUP BY benefit_id`,
      [benefits],
    );
    expect(changes.rows).toHaveLength(deaths);
    expect(changes.rows.every((r) => r.n === 1)).toBe(true);
    expect(await count(assistanceDb, `SELECT count(*)::int AS n FROM assistance.benefit WHERE id = ANY($1) AND version = 2`, [benefits])).toBe(deaths);

    // Every event either schema committed reached Kafka once, in its aggregate's order, though three
    // (and two) relays poll the same outbox.
    for (const [db, schema, topic] of [
      [assistanceDb, 'assistance', 'assistance.benefit'],
      [funeralDb, 'funeral', 'funeral.death-record'],
    ] as const) {
      await eventually(
        () => count(db, `SELECT count(*)::int AS n FROM ${schema}.outbox WHERE topic = $1 AND published_at IS NULL`, [topic]),
        (n) => n === 0,
        { what: `${schema} outbox drained`, timeoutMs: 60_000 },
      );
      const committed = (await db.query(`SELECT event_id::text, message_key FROM ${schema}.outbox WHERE topic = $1 ORDER BY id`, [topic])).rows as {
        event_id: string;
        message_key: string;
      }[];
      const ours = new Set(committed.map((r) => r.event_id));
      const onKafka = (await broker.readToEnd([topic])).filter((m) => ours.has(m.headers.ce_id));
      expect(onKafka.map((m) => m.headers.ce_id).sort()).toEqual([...ours].sort());
      const order = (list: { key: string; id: string }[]) =>
        list.reduce((byKey, { key, id }) => byKey.set(key, [...(byKey.get(key) ?? []), id]), new Map<string, string[]>());
      expect(order(onKafka.map((m) => ({ key: m.key, id: m.headers.ce_id })))).toEqual(order(committed.map((r) => ({ key: r.message_key, id: r.event_id }))));
    }
    expect(await count(funeralDb, `SELECT count(*)::int AS n FROM funeral.outbox WHERE topic = 'funeral.death-record'`)).toBe(deaths);
  });

  /** Members of a consumer group as the broker sees them now (0 while it rebalances). */
  async function members(groupId: string): Promise<number> {
    const admin = broker.gateway.kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([groupId]);
      return groups[0]?.state === 'Stable' ? groups[0].members.length : 0;
    } finally {
      await admin.disconnect();
    }
  }

  /** payment_run_lines_written_total of the benefits' runs, as one replica's /metrics reports it (the only month run here). */
  async function linesWrittenBy(port: number): Promise<number> {
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const line = metrics.split('\n').find((l) => l.startsWith('payment_run_lines_written_total{') && l.includes('run="payment-run"'));
    return line ? Number(line.split(' ').pop()) : 0;
  }
});
