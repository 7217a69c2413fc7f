import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerEngineAnswers } from './docker-engine';
import { freePort, waitForPort } from './free-port';
import { repoRoot } from './repo-root';

export interface RunningKafka {
  /** Comma-separated bootstrap servers. */
  brokers: string;
  origin: 'environment' | 'testcontainers' | 'embedded';
  /** The broker's process, for fault injection (freeze it with SIGSTOP); embedded only. */
  pid?: number;
  /** Set when the broker authenticates (SASL/SCRAM) and authorizes (ACLs): the credentials it knows. */
  principals?: KafkaPrincipals;
  stop(): Promise<void>;
}

/** SCRAM credentials of a secured broker: an administrator (a super user) and one user per principal. */
export interface KafkaPrincipals {
  mechanism: 'scram-sha-512';
  admin: { username: string; password: string };
  passwords: Record<string, string>;
}

export interface KafkaLaunchOptions {
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
  /**
   * Runs the embedded broker with SASL/SCRAM only and the StandardAuthorizer (nothing allowed
   * without an ACL), with a SCRAM user per name given here plus the administrator `civic-admin`.
   */
  principals?: string[];
}

export const KAFKA_ADMIN_PRINCIPAL = 'civic-admin';

/**
 * A real Apache Kafka broker: KAFKA_BROKERS if set; Testcontainers when a Docker engine answers;
 * else the broker jars of deploy/kafka/pom.xml, resolved from Maven Central once and cached under
 * .cache/, run in KRaft mode (one combined broker+controller) with the machine's Java.
 */
export async function launchKafka(options: KafkaLaunchOptions = {}): Promise<RunningKafka> {
  const log = options.log ?? (() => undefined);
  if (process.env.KAFKA_BROKERS) {
    log('kafka: using KAFKA_BROKERS');
    return { brokers: process.env.KAFKA_BROKERS, origin: 'environment', stop: async () => undefined };
  }
  if (await dockerEngineAnswers()) {
    log('kafka: starting a Testcontainers apache/kafka:3.9.1');
    const { GenericContainer, Wait } = await import('testcontainers');
    const container = await new GenericContainer('apache/kafka:3.9.1')
      .withExposedPorts({ container: 9092, host: options.port ?? (await freePort()) })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start();
    return {
      brokers: `${container.getHost()}:${container.getMappedPort(9092)}`,
      origin: 'testcontainers',
      stop: async () => void (await container.stop()),
    };
  }
  return launchEmbeddedKafka(options, log);
}

/** Kafka version pinned in deploy/kafka/pom.xml. */
export function kafkaVersion(root = repoRoot()): string {
  const pom = readFileSync(join(root, 'deploy/kafka/pom.xml'), 'utf8');
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom);
  if (!match) throw new Error('deploy/kafka/pom.xml names no kafka.version');
  return match[1];
}

/** Resolves the broker's jars with Maven once; later runs reuse the cache. Returns the folder. */
export function resolveKafkaJars(log: (line: string) => void = () => undefined, root = repoRoot()): string {
  const jars = join(root, '.cache', `kafka-${kafkaVersion(root)}`, 'libs');
  const complete = join(jars, '.complete');
  if (existsSync(complete)) return jars;
  log(`kafka: resolving Apache Kafka ${kafkaVersion(root)} jars from Maven Central (once, cached in ${jars})`);
  mkdirSync(jars, { recursive: true });
  execFileSync(
    'mvn',
    ['-q', '-B', '-f', join(root, 'deploy/kafka/pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${jars}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  writeFileSync(complete, new Date().toISOString());
  return jars;
}

export async function launchEmbeddedKafka(
  options: KafkaLaunchOptions = {},
  log: (line: string) => void = options.log ?? (() => undefined),
): Promise<RunningKafka> {
  const root = repoRoot();
  const jars = resolveKafkaJars(log, root);
  const persistent = Boolean(options.dataDir);
  const home = options.dataDir ?? mkdtempSync(join(tmpdir(), 'civic-kafka-'));
  mkdirSync(home, { recursive: true });
  const port = options.port ?? (await freePort());
  const controllerPort = await freePort();
  const logDir = join(home, 'data');
  const configFile = join(home, 'server.properties');
  const principals = options.principals && credentialsOf(home, options.principals);
  writeFileSync(configFile, brokerProperties(port, controllerPort, logDir, principals));
  writeFileSync(join(home, 'log4j.properties'), LOG4J);
  const classpath = `${jars}/*`;
  const javaLogging = `-Dlog4j.configuration=file:${join(home, 'log4j.properties')}`;
  if (!existsSync(join(logDir, 'meta.properties'))) {
    const clusterId = newClusterId();
    // SCRAM users are written into the metadata log when it is formatted (the broker has no other store).
    const scram = principals
      ? [principals.admin, ...Object.entries(principals.passwords).map(([username, password]) => ({ username, password }))].flatMap((u) => [
          '--add-scram',
          `SCRAM-SHA-512=[name=${u.username},password=${u.password}]`,
        ])
      : [];
    execFileSync('java', ['-cp', classpath, javaLogging, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', configFile, ...scram], {
      stdio: 'ignore',
    });
  }
  log(`kafka: starting embedded KRaft broker on 127.0.0.1:${port}${principals ? ' (SASL/SCRAM and ACLs)' : ''}`);
  const broker: ChildProcess = spawn(
    'java',
    [
      '-Xms512m',
      '-Xmx768m',
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:InitiatingHeapOccupancyPercent=35',
      '-XX:+ExplicitGCInvokesConcurrent',
      '-Djava.awt.headless=true',
      '-cp',
      classpath,
      javaLogging,
      'kafka.Kafka',
      configFile,
    ],
    // Its own process group: a Ctrl-C in the terminal reaches the services first, and the broker
    // is stopped by whoever launched it, after them.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  broker.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const killOnExit = () => broker.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => broker.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort('127.0.0.1', port, 90_000),
      exited.then(() => Promise.reject(new Error(`kafka broker exited during start-up: ${stderr}`))),
    ]);
  } catch (e) {
    broker.kill('SIGKILL');
    throw e;
  }
  return {
    brokers: `127.0.0.1:${port}`,
    origin: 'embedded',
    pid: broker.pid,
    principals,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (broker.exitCode === null) {
        broker.kill('SIGTERM');
        const forced = setTimeout(() => broker.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(forced);
      }
      if (!persistent) rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A KRaft cluster id: 16 random bytes, base64url, never starting with '-' (the storage tool would read it as an option). */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Passwords are made once per broker home and kept there, so a persistent broker keeps its users. */
function credentialsOf(home: string, names: string[]): KafkaPrincipals {
  const file = join(home, 'principals.json');
  const known: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const name of [KAFKA_ADMIN_PRINCIPAL, ...names]) known[name] ??= randomBytes(18).toString('hex');
  writeFileSync(file, JSON.stringify(known), { mode: 0o600 });
  const passwords = Object.fromEntries(names.map((name) => [name, known[name]]));
  return { mechanism: 'scram-sha-512', admin: { username: KAFKA_ADMIN_PRINCIPAL, password: known[KAFKA_ADMIN_PRINCIPAL] }, passwords };
}

function brokerProperties(port: number, controllerPort: number, logDir: string, principals?: KafkaPrincipals): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    ...(principals ? securedListeners(port, controllerPort, principals) : plainListeners(port, controllerPort)),
    `log.dirs=${logDir}`,
    'num.partitions=3',
    'default.replication.factor=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // As a production cluster is run: topics exist because their producers created them.
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

function plainListeners(port: number, controllerPort: number): string[] {
  return [
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
  ];
}

/**
 * Clients: SASL/SCRAM-SHA-512 only. The controller listener uses SASL/PLAIN (SCRAM users live in the
 * metadata the controller serves, so it cannot authenticate with them), known to the broker alone.
 * Nothing is allowed without an ACL, except to the administrator.
 */
function securedListeners(port: number, controllerPort: number, principals: KafkaPrincipals): string[] {
  const { username, password } = principals.admin;
  return [
    `listeners=CLIENT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=CLIENT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
    'inter.broker.listener.name=CLIENT',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
    `listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${username}" password="${password}";`,
    'sasl.mechanism.controller.protocol=PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
    `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${username}" password="${password}" user_${username}="${password}";`,
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    `super.users=User:${username}`,
    'allow.everyone.if.no.acl.found=false',
  ];
}

const LOG4J = [
  'log4j.rootLogger=WARN, stderr',
  'log4j.appender.stderr=org.apache.log4j.ConsoleAppender',
  'log4j.appender.stderr.Target=System.err',
  'log4j.appender.stderr.layout=org.apache.log4j.PatternLayout',
  'log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n',
  '',
].join('\n');
