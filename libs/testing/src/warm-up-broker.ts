import { KafkaGateway } from '@civic/messaging';
import { quietLogger } from './test-broker';

/**
 * Waits until a fresh broker can host consumer groups: the first group to join makes it create its
 * offsets topic and elect a coordinator, which on a loaded machine takes long enough to eat into the
 * first test's deadlines. Joined once here, before any test, every later join is ordinary.
 */
export async function warmUpBroker(brokers: string[], timeoutMs = 90_000): Promise<void> {
  const gateway = new KafkaGateway('civic-warm-up', brokers, quietLogger);
  const topic = 'civic.warm-up';
  await gateway.ensureTopics([topic]);
  const consumer = gateway.consumer({ groupId: 'civic-warm-up', sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  let timer: NodeJS.Timeout | undefined;
  try {
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async () => undefined });
    await Promise.race([
      joined,
      new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error(`the broker hosted no consumer group within ${timeoutMs} ms`)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
    await consumer.disconnect().catch(() => undefined);
    await gateway.close();
  }
}
