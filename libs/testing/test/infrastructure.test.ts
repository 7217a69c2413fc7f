import { kafkajsSecurity, kafkaSecurityFromEnv } from '@civic/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

describe('the test infrastructure', () => {
  it('is a real Postgres that answers SQL', async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    await client.end();
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
  });

  it('is a real Kafka broker that round-trips a message', async () => {
    // As the run's administrator: the broker lets no client in without a principal.
    const security = kafkajsSecurity(kafkaSecurityFromEnv(process.env).security);
    const kafka = new Kafka({ clientId: 'infra-test', brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING, ...security });
    const admin = kafka.admin();
    await admin.connect();
    const topic = `infra-test-${Date.now()}`;
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'hello' }] });
    const consumer = kafka.consumer({ groupId: `${topic}-group` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message.value!.toString()) });
    });
    await Promise.all([consumer.disconnect(), producer.disconnect(), admin.disconnect()]);
    expect(received).toBe('hello');
  });
});
