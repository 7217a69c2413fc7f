import { serviceEnvPrefix } from '@civic/contracts';
import { KafkaGateway, KafkaSecurity } from '@civic/messaging';
import { quietLogger } from '@civic/testing';
import { randomUUID } from 'node:crypto';

/**
 * The run's broker authenticates every client (SASL/SCRAM) and authorizes with the ACLs derived
 * from the committed AsyncAPI documents: a service writes only the topics it produces and reads
 * only those it consumes.
 */
describe('the broker lets each service do only what its contracts say', () => {
  const brokers = process.env.KAFKA_BROKERS!.split(',');
  const gateways: KafkaGateway[] = [];
  afterAll(() => Promise.all(gateways.map((g) => g.close())));

  const securityOf = (service: string, password = process.env[`${serviceEnvPrefix(service)}KAFKA_SASL_PASSWORD`]!): KafkaSecurity => ({
    sasl: { mechanism: 'scram-sha-512', username: service, password },
  });
  const as = (service: string, security: KafkaSecurity = securityOf(service)) => {
    const gateway = new KafkaGateway(`acl-test-${service}`, brokers, quietLogger, undefined, security);
    gateways.push(gateway);
    return gateway;
  };
  // Not an event: marked so the topic check skips it, and sent where nothing consumes (funeral.plot).
  const message = () => [{ key: randomUUID(), value: JSON.stringify({ probe: true }), headers: { 'civic-test-fault': 'acl-probe' } }];

  it('runs with SASL: every service has its own principal, and no client gets in without one or with a wrong password', async () => {
    expect(process.env.KAFKA_SASL_MECHANISM).toBe('scram-sha-512');
    expect(process.env.FUNERAL_KAFKA_SASL_USERNAME).toBe('funeral');
    await expect(as('anonymous', {}).sendBatch([{ topic: 'funeral.plot', messages: message() }])).rejects.toThrow();
    await expect(as('funeral', securityOf('funeral', 'not-the-password')).sendBatch([{ topic: 'funeral.plot', messages: message() }])).rejects.toThrow(
      /SASL|authentication/i,
    );
  });

  it('lets funeral publish on its own topics and not on assistance’s', async () => {
    const funeral = as('funeral');
    await expect(funeral.sendBatch([{ topic: 'funeral.plot', messages: message() }])).resolves.toBeUndefined();
    await expect(funeral.sendBatch([{ topic: 'assistance.benefit', messages: message() }])).rejects.toThrow(/authoriz/i);
  });

  it('lets no other principal publish a death, not even a consumer of deaths', async () => {
    for (const service of ['assistance', 'registration', 'community']) {
      await expect(as(service).sendBatch([{ topic: 'funeral.death-record', messages: message() }])).rejects.toThrow(/authoriz/i);
    }
  });

  it('lets a service read only the topics it consumes, in its own consumer groups', async () => {
    const readable = async (service: string, topic: string, groupId: string) => {
      const consumer = as(service).consumer({ groupId, retry: { retries: 0, restartOnFailure: async () => false } });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        await new Promise<void>((resolve, reject) => {
          consumer.on(consumer.events.FETCH, () => resolve());
          consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
          consumer.run({ eachMessage: async () => undefined }).catch(reject);
        });
        return 'read';
      } catch (error) {
        return String(error);
      } finally {
        await consumer.disconnect();
      }
    };
    // assistance consumes deaths; funeral writes them and does not read them, and a group outside `assistance.` is not assistance's.
    expect(await readable('assistance', 'funeral.death-record', `assistance.acl-test-${randomUUID()}`)).toBe('read');
    expect(await readable('funeral', 'funeral.death-record', `funeral.acl-test-${randomUUID()}`)).toMatch(/authoriz/i);
    // kafkajs reports a refused group as a coordinator it cannot find (the broker answered GROUP_AUTHORIZATION_FAILED).
    expect(await readable('assistance', 'funeral.death-record', `funeral.acl-test-${randomUUID()}`)).toMatch(/authoriz|group coordinator/i);
  });
});
