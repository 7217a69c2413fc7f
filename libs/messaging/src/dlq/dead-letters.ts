import { randomUUID } from 'node:crypto';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { KafkaGateway } from '../kafka/kafka-gateway';

/** Where operators' decisions on parked events are kept: an append-only log, itself the audit. */
export const DLQ_DECISIONS_TOPIC = 'civic.dlq-decisions';

export interface DeadLetter {
  dlqTopic: string;
  partition: number;
  offset: string;
  /** `<dlqTopic>/<partition>/<offset>`: how an operator names it. */
  ref: string;
  eventId?: string;
  eventType?: string;
  originalTopic?: string;
  consumer?: string;
  error?: string;
  failedAt?: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface DeadLetterDecision {
  ref: string;
  action: 'replay' | 'discard';
  operator: string;
  reason: string;
  at: string;
  eventId?: string;
}

/** Reads every message of the topics up to their current end (a throwaway group; nothing committed for anyone). */
export async function readTopicsToEnd(gateway: KafkaGateway, topics: string[]): Promise<{ topic: string; partition: number; message: KafkaMessage }[]> {
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
  const consumer = gateway.consumer({ groupId: `civic-dlq-reader-${randomUUID()}` });
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
      new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error('reading the dead-letter topics timed out')), 60_000))),
    ]);
    clearTimeout(timer);
  } finally {
    await consumer.disconnect();
  }
  return found;
}

function textHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, Array.isArray(v) ? String(v[0] ?? '') : String(v ?? '')]));
}

/** Every parked event on the DLQ topics (all `*.dlq`, or those given), with the decisions taken on them. */
export async function deadLetters(gateway: KafkaGateway, only?: string[]): Promise<{ letter: DeadLetter; decision?: DeadLetterDecision }[]> {
  const admin = gateway.kafka.admin();
  await admin.connect();
  const dlqTopics = (await admin.listTopics().finally(() => admin.disconnect())).filter((t) => t.endsWith('.dlq') && (!only || only.includes(t)));
  const decisions = new Map<string, DeadLetterDecision>();
  for (const { message } of await readTopicsToEnd(gateway, [DLQ_DECISIONS_TOPIC])) {
    const decision = JSON.parse(message.value!.toString()) as DeadLetterDecision;
    decisions.set(decision.ref, decision);
  }
  return (await readTopicsToEnd(gateway, dlqTopics))
    .map(({ topic, partition, message }) => {
      const headers = textHeaders(message.headers);
      const letter: DeadLetter = {
        dlqTopic: topic,
        partition,
        offset: message.offset,
        ref: `${topic}/${partition}/${message.offset}`,
        eventId: headers.ce_id,
        eventType: headers.ce_type,
        originalTopic: headers.dlq_original_topic,
        consumer: headers.dlq_consumer,
        error: headers.dlq_error,
        failedAt: headers.dlq_failed_at,
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? null,
        headers,
      };
      return { letter, decision: decisions.get(letter.ref) };
    })
    .sort((a, b) => a.letter.ref.localeCompare(b.letter.ref));
}

/** Records an operator's decision; a replay first sends the event again to its topic, as its producer wrote it. */
export async function decideDeadLetter(
  gateway: KafkaGateway,
  letter: DeadLetter,
  decision: { action: 'replay' | 'discard'; operator: string; reason: string },
): Promise<DeadLetterDecision> {
  if (decision.action === 'replay') {
    if (!letter.originalTopic) throw new Error(`${letter.ref} does not name its original topic`);
    const headers = Object.fromEntries(Object.entries(letter.headers).filter(([name]) => !name.startsWith('dlq_')));
    // Consumers that applied it already skip it (their inbox has its id); the one that parked it applies it now.
    await gateway.sendBatch([{ topic: letter.originalTopic, messages: [{ key: letter.key, value: letter.value, headers }] }]);
  }
  const record: DeadLetterDecision = { ref: letter.ref, ...decision, at: new Date().toISOString(), eventId: letter.eventId };
  await gateway.sendBatch([{ topic: DLQ_DECISIONS_TOPIC, messages: [{ key: letter.ref, value: JSON.stringify(record) }] }]);
  return record;
}
