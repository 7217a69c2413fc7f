import { serviceEnvPrefix } from '@civic/contracts';
import { KafkaSecurity, kafkaSecurityFromEnv } from '@civic/messaging';
import { DEV_AUDIENCE, DEV_ISSUER } from '../auth/dev-issuer';
/** Settings every service reads from its environment, checked before anything starts. */
export interface ServiceConfig {
  service: string;
  port: number;
  /** Where /health and /metrics are served when set; the API port then does not answer them. */
  managementPort?: number;
  host: string;
  databaseUrl: string;
  /**
   * The schema owner's connection, used only to migrate and then grant the runtime role (the user
   * of databaseUrl) what it may do: data in its tables, and only insert and read on the audit log.
   * Unset, the service migrates with databaseUrl and its role owns everything (development only).
   */
  databaseOwnerUrl?: string;
  databasePoolSize: number;
  kafkaBrokers: string[];
  /** Where the JWKS of the token issuer lives: an https URL (production) or a file (local issuer). */
  jwksUrl?: string;
  jwksFile?: string;
  authIssuer: string;
  authAudience: string;
  /** The longest a token may live (exp - iat), in seconds: longer-lived tokens are refused. */
  authMaxTokenLifetimeS: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  relayBatchSize: number;
  /** SASL principal and TLS to the brokers (KAFKA_SASL_*, KAFKA_SSL, KAFKA_SSL_CA_FILE). */
  kafkaSecurity: KafkaSecurity;
  /**
   * Put before every consumer's name in its group id (`<service>.<prefix><consumer>`): two
   * deployments of a service on different databases (a blue/green switch, a test's private
   * database) must not share groups, or each would take events the other never sees. The service's
   * name stays first, where its ACL on groups `<service>.*` expects it.
   */
  kafkaConsumerGroupPrefix: string;
  /** Partitions and replication factor of the topics the service creates (-1: the broker's default). */
  kafkaTopicPartitions: number;
  kafkaTopicReplicationFactor: number;
  /** Requests a minute one caller (subject and system) may send to /api of one instance; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How long a request waits for a database connection from the pool before it is answered 503. */
  databaseAcquireTimeoutMs: number;
  /** How long an Idempotency-Key is remembered (hours) before it is purged and may be used afresh. */
  idempotencyKeyRetentionH: number;
  /** The sandbox clock's file (CIVIC_CLOCK_FILE, development and training only): set, "now" is real time moved by its offset. */
  clockFile?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the service's settings. Every problem is collected and reported at once,
 * each naming its variable, so a bad deployment fails at start-up with a message an operator can act on.
 */
export function loadServiceConfig(service: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const problems: string[] = [];
  const prefix = serviceEnvPrefix(service);
  const setting = (name: string) => env[`${prefix}${name}`] ?? env[name];

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = setting(name);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };

  const databaseUrl = setting('DATABASE_URL') ?? '';
  if (!databaseUrl) problems.push('DATABASE_URL is required (postgres://user:password@host:port/database)');
  else if (!/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// URL');

  const databaseOwnerUrl = setting('DATABASE_OWNER_URL') || undefined;
  if (databaseOwnerUrl && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseOwnerUrl)) problems.push('DATABASE_OWNER_URL must be a postgres:// URL');
  // The owner migrates the database the service runs on, never another one.
  else if (databaseOwnerUrl && databaseUrl && databaseOf(databaseOwnerUrl) !== databaseOf(databaseUrl))
    problems.push('DATABASE_OWNER_URL must name the same server and database as DATABASE_URL');

  const brokersRaw = setting('KAFKA_BROKERS') ?? '';
  const kafkaBrokers = brokersRaw
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (kafkaBrokers.length === 0) problems.push('KAFKA_BROKERS is required (host:port[,host:port])');
  for (const broker of kafkaBrokers) if (!/^[\w.-]+:\d{1,5}$/.test(broker)) problems.push(`KAFKA_BROKERS entry "${broker}" must be host:port`);

  const kafka = kafkaSecurityFromEnv(env, prefix);
  problems.push(...kafka.problems);

  const kafkaConsumerGroupPrefix = setting('KAFKA_CONSUMER_GROUP_PREFIX') ?? '';
  if (!/^[\w.-]{0,100}$/.test(kafkaConsumerGroupPrefix)) problems.push('KAFKA_CONSUMER_GROUP_PREFIX must be up to 100 of A-Z a-z 0-9 _ . -');

  const jwksUrl = setting('AUTH_JWKS_URL');
  const jwksFile = setting('AUTH_JWKS_FILE');
  if (!jwksUrl && !jwksFile) problems.push('AUTH_JWKS_URL (or AUTH_JWKS_FILE for the local issuer) is required');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) problems.push('AUTH_JWKS_URL must be an http(s) URL');

  const authIssuer = setting('AUTH_ISSUER') ?? DEV_ISSUER;
  // Production never runs on development trust: the local issuer's key file, its issuer name, or
  // a key set fetched over plain http (anyone on the path could swap the keys).
  if (env.NODE_ENV === 'production') {
    if (jwksFile) problems.push("AUTH_JWKS_FILE (the development issuer's key file) is refused with NODE_ENV=production: set AUTH_JWKS_URL");
    if (jwksUrl && !jwksUrl.startsWith('https://')) problems.push('AUTH_JWKS_URL must be an https URL with NODE_ENV=production');
    if (authIssuer === DEV_ISSUER)
      problems.push(`AUTH_ISSUER must name the identity provider with NODE_ENV=production (not the development issuer "${DEV_ISSUER}")`);
    // The broker's ACLs tell services apart by their principals: an anonymous client could write any event.
    if (!kafka.security.sasl)
      problems.push("KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (the service's own principal) are required with NODE_ENV=production");
    if (setting('KAFKA_SSL') === undefined)
      problems.push('KAFKA_SSL must be set with NODE_ENV=production (true; false only where the network to the brokers is private)');
  }

  // A movable clock decides deadlines and money by a time that is not today's: never in production.
  const clockFile = env.CIVIC_CLOCK_FILE || undefined;
  if (clockFile && env.NODE_ENV === 'production')
    problems.push('CIVIC_CLOCK_FILE (the sandbox clock, for training and demos) is refused with NODE_ENV=production: unset it');

  const logLevel = (setting('LOG_LEVEL') ?? 'info') as ServiceConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: ServiceConfig = {
    service,
    port: integer('PORT', defaultPort, 0, 65535),
    managementPort: setting('MANAGEMENT_PORT') ? integer('MANAGEMENT_PORT', 0, 1, 65535) : undefined,
    host: setting('HOST') ?? '0.0.0.0',
    databaseUrl,
    databaseOwnerUrl,
    databasePoolSize: integer('DB_POOL_SIZE', 10, 1, 200),
    kafkaBrokers,
    jwksUrl,
    jwksFile,
    authIssuer,
    authAudience: setting('AUTH_AUDIENCE') ?? DEV_AUDIENCE,
    authMaxTokenLifetimeS: integer('AUTH_MAX_TOKEN_LIFETIME_S', 86_400, 60, 604_800),
    logLevel,
    relayBatchSize: integer('OUTBOX_RELAY_BATCH_SIZE', 500, 1, 10_000),
    kafkaSecurity: kafka.security,
    kafkaConsumerGroupPrefix,
    kafkaTopicPartitions: integer('KAFKA_TOPIC_PARTITIONS', 3, 1, 1_000),
    kafkaTopicReplicationFactor: integer('KAFKA_TOPIC_REPLICATION_FACTOR', -1, -1, 10),
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', 3_000, 0, 1_000_000),
    databaseAcquireTimeoutMs: integer('DB_ACQUIRE_TIMEOUT_MS', 5_000, 100, 120_000),
    idempotencyKeyRetentionH: integer('IDEMPOTENCY_KEY_RETENTION_H', 168, 1, 8_760),
    clockFile,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** Host, port and database of a postgres:// URL, to compare two connections' targets. */
function databaseOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return url;
  }
}
