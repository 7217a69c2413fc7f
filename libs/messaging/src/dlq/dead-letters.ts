import { KafkaGateway } from '../kafka/kafka-gateway';
import { readTopicsToEnd, textHeaders } from '../kafka/read-topics-to-end';

/** Where operators' decisions on parked events are kept: an append-only log, itself the audit. */
export const DLQ_DECISIONS_TOPIC = 'civic.dlq-decisions';
/** The operator's throwaway reading groups start so (its ACL allows groups of this prefix). */
export const DLQ_READER_GROUP_PREFIX = 'civic-dlq-reader-';

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

/** Every parked event on the DLQ topics (all `*.dlq`, or those given), with the decisions taken on them. */
export async function deadLetters(gateway: KafkaGateway, only?: string[]): Promise<{ letter: DeadLetter; decision?: DeadLetterDecision }[]> {
  const admin = gateway.kafka.admin();
  await admin.connect();
  const dlqTopics = (await admin.listTopics().finally(() => admin.disconnect())).filter((t) => t.endsWith('.dlq') && (!only || only.includes(t)));
  const decisions = new Map<string, DeadLetterDecision>();
  for (const { message } of await readTopicsToEnd(gateway, [DLQ_DECISIONS_TOPIC], DLQ_READER_GROUP_PREFIX)) {
    const decision = JSON.parse(message.value!.toString()) as DeadLetterDecision;
    decisions.set(decision.ref, decision);
  }
  return (await readTopicsToEnd(gateway, dlqTopics, DLQ_READER_GROUP_PREFIX))
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
