import { deadLetterTopicOf, EventContract, eventSourceOf } from '@civic/contracts';
import { CloudEvent, cloudEventHeaders, KafkaGateway, MessagingLogger, readTopicsToEnd, textHeaders } from '@civic/messaging';
import { randomUUID } from 'node:crypto';
import { eventually } from './eventually';

/** A logger that says nothing, for gateways and relays that tests drive. */
export const quietLogger: MessagingLogger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

/** A Kafka producer on the run's broker, for tests that play another context's part. */
export class TestBroker {
  readonly gateway: KafkaGateway;

  constructor(clientId = 'test-broker', brokers: string[] = (process.env.KAFKA_BROKERS ?? '').split(',')) {
    this.gateway = new KafkaGateway(clientId, brokers, quietLogger);
  }

  /** A CloudEvent of the contract, as its producer would write it (a fresh id unless given). */
  static event<T>(contract: EventContract<T>, data: T, options: { subject: string; id?: string; source?: string }): CloudEvent<T> {
    return {
      id: options.id ?? randomUUID(),
      type: contract.type,
      source: options.source ?? eventSourceOf(contract.producer),
      subject: options.subject,
      time: new Date().toISOString(),
      data,
    };
  }

  /** Sends the events on the contract's topic, keyed by subject, in order (the same event twice is a redelivery). */
  async publish<T>(contract: EventContract<T>, events: CloudEvent<T>[]): Promise<void> {
    await this.gateway.sendBatch([
      { topic: contract.topic, messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e.data), headers: cloudEventHeaders(e) })) },
    ]);
  }

  /**
   * Reads the contract's dead-letter topic from the start until `count` messages match `which`
   * (by their headers), or the deadline passes; returns the matching messages' headers as text.
   */
  async deadLetters(
    contract: EventContract,
    which: (headers: Record<string, string>) => boolean,
    count: number,
    timeoutMs = 30_000,
  ): Promise<Record<string, string>[]> {
    const found: Record<string, string>[] = [];
    const consumer = this.gateway.consumer({ groupId: `dlq-reader-${randomUUID()}` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: deadLetterTopicOf(contract.topic), fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v ?? '')]));
          if (which(headers)) found.push(headers);
        },
      });
      await eventually(
        async () => found.length,
        (n) => n >= count,
        { what: `${count} dead letters on ${deadLetterTopicOf(contract.topic)}`, timeoutMs },
      );
      return found;
    } finally {
      await consumer.disconnect();
    }
  }

  /**
   * Every message on the topics, from the start up to the end they have now (their high
   * watermarks when called), in partition order: what a new consumer would see, duplicates included.
   */
  async readToEnd(topics: string[]): Promise<{ topic: string; partition: number; key: string; headers: Record<string, string> }[]> {
    return (await readTopicsToEnd(this.gateway, topics)).map(({ topic, partition, message }) => ({
      topic,
      partition,
      key: message.key?.toString() ?? '',
      headers: textHeaders(message.headers),
    }));
  }

  close(): Promise<void> {
    return this.gateway.close();
  }
}
