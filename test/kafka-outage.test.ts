import { DivisionEstablished } from '@civic/contracts';
import { KafkaGateway } from '@civic/messaging';
import {
  eventually,
  freePort,
  useFreshDatabase,
  launchEmbeddedKafka,
  quietLogger,
  RunningKafka,
  startTestService,
  TestService,
  testToken,
} from '@civic/testing';
import { DataSource } from 'typeorm';
import { SERVICES } from './services';

const PRINCIPAL_SETTINGS = ['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD'];

/**
 * community pointed at a broker address where nothing listens yet: commands must still succeed
 * (the outbox holds their events), readiness must stay up with Kafka reported down, and once a
 * broker appears at that address every held event must reach it.
 */
describe('a Kafka outage', () => {
  let community: TestService;
  let port: number;
  let broker: RunningKafka | undefined;

  let restoreDatabase: (() => void) | undefined;

  beforeAll(async () => {
    port = await freePort();
    // Its own database and broker: a community whose events go to another cluster must not share
    // an outbox with the community of the other tests.
    restoreDatabase = await useFreshDatabase('community', 'civic_outage');
    process.env.COMMUNITY_KAFKA_BROKERS = `127.0.0.1:${port}`;
    // That broker is a plain one (the run's broker proves the SASL principals and ACLs): no principal.
    for (const key of PRINCIPAL_SETTINGS) process.env[`COMMUNITY_${key}`] = '';
    community = await startTestService(SERVICES.community.module, SERVICES.community.definition);
  });

  afterAll(async () => {
    delete process.env.COMMUNITY_KAFKA_BROKERS;
    for (const key of PRINCIPAL_SETTINGS) delete process.env[`COMMUNITY_${key}`];
    restoreDatabase?.();
    await community?.close();
    await broker?.stop();
  });

  it('keeps writes working, stays ready, and delivers every held event when Kafka returns', async () => {
    const writer = await testToken(['community:division.write']);
    const codes = ['310113901', '310113902', '310113903'];
    for (const code of codes) {
      const res = await community.request({ method: 'POST', url: '/api/v1/divisions', token: writer, body: { code, name: `断网${code}` } });
      expect(res.status).toBe(201);
    }
    const dataSource = community.app.get(DataSource);
    const pending = async () =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE message_key = ANY($1) AND published_at IS NULL`, [codes]))[0].n as number;
    expect(await pending()).toBe(3);

    const ready = await eventually(
      () => community.request({ method: 'GET', url: '/health/ready' }),
      (r) => r.body?.details?.kafka?.state === 'down',
      { what: 'readiness reports Kafka down', timeoutMs: 30_000 },
    );
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.details.database.status).toBe('up');
    expect(ready.body.details.kafka.outboxPending).toBeGreaterThanOrEqual(3);

    broker = await launchEmbeddedKafka({ port });
    await eventually(pending, (n) => n === 0, { what: 'outbox drained after Kafka returned', timeoutMs: 45_000 });

    const gateway = new KafkaGateway('outage-test', [`127.0.0.1:${port}`], quietLogger, undefined, {});
    const consumer = gateway.consumer({ groupId: 'outage-reader' });
    const seen = new Set<string>();
    await consumer.connect();
    await consumer.subscribe({ topic: DivisionEstablished.topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.add(message.key!.toString()) });
    await eventually(async () => codes.every((c) => seen.has(c)), Boolean, { what: 'held events arrived at the broker', timeoutMs: 30_000 });
    await consumer.disconnect();
    await gateway.close();
    // Up again once the producer and the service's consumer groups have reconnected (community consumes too).
    const afterReady = await eventually(
      () => community.request({ method: 'GET', url: '/health/ready' }),
      (r) => r.body?.details?.kafka?.state === 'up',
      { what: 'readiness reports Kafka up again', timeoutMs: 30_000 },
    );
    expect(afterReady.status).toBe(200);
  }, 150_000);

  it('reports a frozen broker down within seconds while staying ready, and up again when it thaws', async () => {
    const pid = broker!.pid!;
    const readiness = () => community.request({ method: 'GET', url: '/health/ready' });
    await eventually(readiness, (r) => r.body?.details?.kafka?.state === 'up', { what: 'Kafka up before the freeze', timeoutMs: 30_000 });
    // A frozen broker keeps its connections open and answers nothing.
    process.kill(pid, 'SIGSTOP');
    try {
      const frozen = await eventually(readiness, (r) => r.body?.details?.kafka?.state === 'down', {
        what: 'readiness reports the frozen broker down',
        timeoutMs: 15_000,
      });
      expect(frozen.status).toBe(200);
      expect(frozen.body.details.database.status).toBe('up');
      expect(frozen.body.details.kafka.lastError).toMatch(/did not answer|timeout|Connection/i);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await eventually(readiness, (r) => r.body?.details?.kafka?.state === 'up', { what: 'Kafka up after the thaw', timeoutMs: 30_000 });
  }, 90_000);
});
