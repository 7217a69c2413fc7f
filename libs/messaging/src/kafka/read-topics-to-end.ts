import { randomUUID } from 'node:crypto';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { KafkaGateway } from './kafka-gateway';

/**
 * Reads every message of the topics up to their current end (a throwaway group; nothing committed
 * for anyone). The group's name starts with `groupPrefix`: what the reader's principal may use.
 */
export async function readTopicsToEnd(
  gateway: KafkaGateway,
  topics: string[],
  groupPrefix = 'civic-topic-reader-',
): Promise<{ topic: string; partition: number; message: KafkaMessage }[]> {
  const admin = gateway.kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((t) => existing.has(t))) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
        if (BigInt(high) > BigInt(low)) ends.set(`${topic}/${partition}`, BigInt(high));
    }
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return [];
  const found: { topic: string; partition: number; message: KafkaMessage }[] = [];
  const remaining = new Set(ends.keys());
  const consumer = gateway.consumer({ groupId: `${groupPrefix}${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...new Set([...ends.keys()].map((k) => k.slice(0, k.lastIndexOf('/'))))], fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const key = `${topic}/${partition}`;
        const end = ends.get(key);
        if (end === undefined || BigInt(message.offset) >= end) return;
        found.push({ topic, partition, message });
        if (BigInt(message.offset) + 1n >= end && remaining.delete(key) && remaining.size === 0) done();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      finished,
      new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error(`reading ${topics.join(', ')} to the end timed out`)), 60_000))),
    ]);
    clearTimeout(timer);
  } finally {
    await consumer.disconnect();
  }
  return found;
}

/** A message's headers as text (kafkajs gives Buffers). */
export function textHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, Array.isArray(v) ? String(v[0] ?? '') : String(v ?? '')]));
}
