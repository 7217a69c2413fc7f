import { Admin, Consumer, ConsumerConfig, Kafka, logLevel, LogEntry, Partitioners, Producer, TopicMessages } from 'kafkajs';
import { KafkaSecurity, kafkajsSecurity, kafkaSecurityFromEnv } from './kafka-security';

export interface MessagingLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

/** How the platform creates its topics (it never relies on the broker creating them on first use). */
export interface TopicSettings {
  partitions: number;
  /** -1: the broker's `default.replication.factor`. */
  replicationFactor: number;
}

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = { partitions: 3, replicationFactor: -1 };

export type BrokerState = 'unknown' | 'up' | 'down';

/** What health checks and metrics need to know about the broker connection. */
export interface BrokerStatus {
  state: BrokerState;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
}

/**
 * The one place that knows the Kafka client library (kafkajs 2.2.4, unmaintained: keep it behind
 * this class so it can be replaced). Owns one producer and the admin client, and tracks whether
 * the broker answers.
 */
export class KafkaGateway {
  readonly kafka: Kafka;
  private producer?: Producer;
  private producerConnecting?: Promise<Producer>;
  private readonly status: BrokerStatus = { state: 'unknown' };
  private probeAdmin?: Admin;
  /** Topics known to exist: each is checked (and created if missing) once per process. */
  private readonly knownTopics = new Set<string>();
  private probing?: Promise<void>;

  constructor(
    readonly clientId: string,
    brokers: string[],
    private readonly logger: MessagingLogger,
    private readonly topicSettings: TopicSettings = DEFAULT_TOPIC_SETTINGS,
    // Tools and tests connect as the principal of their process's KAFKA_SASL_* settings; a service passes its own.
    security: KafkaSecurity = processKafkaSecurity(),
  ) {
    this.kafka = new Kafka({
      clientId,
      brokers,
      ...kafkajsSecurity(security),
      connectionTimeout: 3000,
      requestTimeout: 10000,
      retry: { initialRetryTime: 200, retries: 3, maxRetryTime: 3000 },
      logLevel: logLevel.WARN,
      logCreator: () => (entry: LogEntry) => this.logKafka(entry),
    });
  }

  brokerStatus(): BrokerStatus {
    return { ...this.status };
  }

  /**
   * The broker's state as known now; when nothing has succeeded for `maxAgeMs`, a metadata request
   * that must answer within `timeoutMs` is started in the background (never awaited here, so a
   * readiness probe stays fast). A frozen broker keeps its TCP connections open and only stops
   * answering: without the probe the state would go on saying `up` while nothing is sent.
   */
  statusNow(maxAgeMs = 5_000, timeoutMs = 2_000): BrokerStatus {
    const lastSuccess = this.status.lastSuccessAt ? Date.parse(this.status.lastSuccessAt) : 0;
    if (Date.now() - lastSuccess > maxAgeMs) void this.probe(timeoutMs);
    return this.brokerStatus();
  }

  /** Asks the broker for its cluster metadata; marks it down if it fails or does not answer in time. */
  async probe(timeoutMs = 2_000): Promise<void> {
    // One request in flight: a frozen broker must not collect a pile of hanging requests.
    this.probing ??= (async () => {
      this.probeAdmin ??= this.kafka.admin({ retry: { retries: 0 } });
      await this.probeAdmin.connect();
      await this.probeAdmin.describeCluster();
      this.markUp();
    })()
      .catch((error: unknown) => {
        this.markDown(error);
        const admin = this.probeAdmin;
        this.probeAdmin = undefined;
        void admin?.disconnect().catch(() => undefined);
      })
      .finally(() => (this.probing = undefined));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([this.probing.then(() => 'answered' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.markDown(new Error(`the broker did not answer a metadata request within ${timeoutMs} ms`));
  }

  markUp(): void {
    this.status.state = 'up';
    this.status.lastSuccessAt = new Date().toISOString();
  }

  markDown(error: unknown): void {
    this.status.state = 'down';
    this.status.lastError = error instanceof Error ? error.message : String(error);
    this.status.lastErrorAt = new Date().toISOString();
  }

  /**
   * Sends in one request per broker (kafkajs batches only what it is given), waiting for all
   * replicas. A topic not seen yet is created first with the platform's settings.
   */
  async sendBatch(topicMessages: TopicMessages[]): Promise<void> {
    try {
      await this.ensureTopics(topicMessages.map((t) => t.topic));
      const producer = await this.connectedProducer();
      await producer.sendBatch({ topicMessages, acks: -1 });
      this.markUp();
    } catch (error) {
      this.markDown(error);
      throw error;
    }
  }

  consumer(config: ConsumerConfig): Consumer {
    return this.kafka.consumer(config);
  }

  /** Creates topics that do not exist yet, with the platform's settings; existing ones are left as they are. */
  async ensureTopics(topics: string[]): Promise<void> {
    const unknown = [...new Set(topics)].filter((t) => !this.knownTopics.has(t));
    if (unknown.length === 0) return;
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = unknown.filter((t) => !existing.has(t));
      if (missing.length) {
        // Another replica may create the same topic at the same moment: kafkajs answers false, not an error.
        await admin
          .createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({
              topic,
              numPartitions: this.topicSettings.partitions,
              replicationFactor: this.topicSettings.replicationFactor,
              // Domain events are records of fact that new consumers rebuild from: keep them.
              configEntries: [{ name: 'retention.ms', value: '-1' }],
            })),
          })
          .catch((error: unknown) => {
            throw topicCreationError(error);
          });
      }
      for (const topic of unknown) this.knownTopics.add(topic);
      this.markUp();
    } finally {
      await admin.disconnect();
    }
  }

  /** Messages held per topic (end minus start offsets, all partitions); a topic that does not exist holds 0. */
  async topicSizes(topics: string[]): Promise<Map<string, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const sizes = new Map<string, number>();
      for (const topic of topics) {
        const offsets = existing.has(topic) ? await admin.fetchTopicOffsets(topic) : [];
        sizes.set(
          topic,
          offsets.reduce((sum, { high, low }) => sum + Number(BigInt(high) - BigInt(low)), 0),
        );
      }
      return sizes;
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * How far a consumer group is behind on its topics: per partition, the high watermark less the
   * group's committed offset (the whole partition when it has committed nothing yet), summed.
   */
  async consumerLag(groupId: string, topics: string[]): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const present = topics.filter((t) => existing.has(t));
      if (!present.length) return 0;
      const committed = await admin.fetchOffsets({ groupId, topics: present });
      let lag = 0n;
      for (const topic of present) {
        const done = new Map((committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
        for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
          const at = done.get(partition) ?? -1n;
          lag += BigInt(high) - (at < 0n ? BigInt(low) : at);
        }
      }
      return Number(lag);
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
    const admin = this.probeAdmin;
    this.probeAdmin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.producerConnecting ??= (async () => {
      const producer = this.kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner, // murmur2, as the Java client: same key, same partition
        // Topics are created by ensureTopics with the platform's settings, never by a first send.
        allowAutoTopicCreation: false,
        retry: { retries: 2, initialRetryTime: 200 },
      });
      producer.on(producer.events.DISCONNECT, () => {
        if (this.producer === producer) this.producer = undefined;
      });
      await producer.connect();
      this.producer = producer;
      return producer;
    })().finally(() => (this.producerConnecting = undefined));
    return this.producerConnecting;
  }

  private logKafka(entry: LogEntry): void {
    const { message, ...extra } = entry.log;
    const fields = { component: 'kafkajs', namespace: entry.namespace, broker: extra.broker, error: extra.error };
    if (entry.level === logLevel.ERROR) this.logger.warn(fields, message);
    else if (entry.level === logLevel.WARN) this.logger.warn(fields, message);
    else this.logger.debug(fields, message);
  }
}

function processKafkaSecurity(): KafkaSecurity {
  const { security, problems } = kafkaSecurityFromEnv(process.env);
  if (problems.length) throw new Error(problems.join('; '));
  return security;
}

/** kafkajs says only 'Topic creation errors': name each topic and the broker's reason (an ACL refusal, most often). */
function topicCreationError(error: unknown): Error {
  const errors = (error as { errors?: { topic?: string; type?: string; message?: string }[] }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return error as Error;
  return new Error(`cannot create topics: ${errors.map((e) => `${e.topic ?? '?'}: ${e.type ?? e.message}`).join(', ')}`);
}
