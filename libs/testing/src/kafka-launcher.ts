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
  stop(): Promise<void>;
}

export interface KafkaLaunchOptions {
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
}

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
  writeFileSync(configFile, brokerProperties(port, controllerPort, logDir));
  writeFileSync(join(home, 'log4j.properties'), LOG4J);
  const classpath = `${jars}/*`;
  const javaLogging = `-Dlog4j.configuration=file:${join(home, 'log4j.properties')}`;
  if (!existsSync(join(logDir, 'meta.properties'))) {
    const clusterId = randomBytes(16).toString('base64url');
    execFileSync('java', ['-cp', classpath, javaLogging, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', configFile], {
      stdio: 'ignore',
    });
  }
  log(`kafka: starting embedded KRaft broker on 127.0.0.1:${port}`);
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

function brokerProperties(port: number, controllerPort: number, logDir: string): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
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

const LOG4J = [
  'log4j.rootLogger=WARN, stderr',
  'log4j.appender.stderr=org.apache.log4j.ConsoleAppender',
  'log4j.appender.stderr.Target=System.err',
  'log4j.appender.stderr.layout=org.apache.log4j.PatternLayout',
  'log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n',
  '',
].join('\n');
