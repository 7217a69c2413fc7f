import { quietLogger } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { KafkaGateway } from '../src';

/** Topics exist because their producers created them with the platform's settings, never by a first send. */
describe('topics of the platform', () => {
  const brokers = process.env.KAFKA_BROKERS!.split(',');
  const gateway = new KafkaGateway('topic-test', brokers, quietLogger, { partitions: 4, replicationFactor: -1 });
  afterAll(() => gateway.close());

  it('creates a topic on its first send with the configured partitions and unlimited retention', async () => {
    const topic = `topic-test.${randomUUID()}`;
    await gateway.sendBatch([{ topic, messages: [{ key: 'k', value: 'v' }] }]);
    const admin = gateway.kafka.admin();
    await admin.connect();
    try {
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      expect(metadata.partitions).toHaveLength(4);
      const [config] = (await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2, name: topic, configNames: ['retention.ms'] }] }))
        .resources;
      expect(config.configEntries.find((e) => e.configName === 'retention.ms')?.configValue).toBe('-1');
    } finally {
      await admin.disconnect();
    }
  });

  it('is run against a broker that does not create topics on first use', async () => {
    const topic = `topic-test.unplanned-${randomUUID()}`;
    const producer = gateway.kafka.producer({ allowAutoTopicCreation: true, retry: { retries: 1, initialRetryTime: 100 } });
    await producer.connect();
    try {
      await expect(producer.send({ topic, messages: [{ value: 'v' }] })).rejects.toThrow();
    } finally {
      await producer.disconnect();
    }
    const admin = gateway.kafka.admin();
    await admin.connect();
    try {
      expect(await admin.listTopics()).not.toContain(topic);
    } finally {
      await admin.disconnect();
    }
  });
});
