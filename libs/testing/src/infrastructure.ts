import { launchKafka, RunningKafka } from './kafka-launcher';
import { grantPlatformAcls, kafkaPrincipalSettings, PLATFORM_KAFKA_PRINCIPALS } from './kafka-principals';
import { launchPostgres, RunningPostgres } from './postgres-launcher';

export interface Infrastructure {
  databaseUrl: string;
  kafkaBrokers: string;
  /** With `secureKafka`: the KAFKA_SASL_* settings of the administrator and of each service (see kafkaPrincipalSettings). */
  kafkaSettings: Record<string, string>;
  postgres: RunningPostgres;
  kafka: RunningKafka;
  stop(): Promise<void>;
}

/** Postgres and Kafka side by side (they start in parallel); the same launchers serve npm start and tests. */
export async function launchInfrastructure(
  options: { dataDir?: string; postgresPort?: number; kafkaPort?: number; log?: (line: string) => void; secureKafka?: boolean } = {},
): Promise<Infrastructure> {
  const [postgres, kafka] = await Promise.all([
    launchPostgres({ dataDir: options.dataDir && `${options.dataDir}/postgres`, port: options.postgresPort, log: options.log }),
    launchKafka({
      dataDir: options.dataDir && `${options.dataDir}/kafka`,
      port: options.kafkaPort,
      log: options.log,
      principals: options.secureKafka ? [...PLATFORM_KAFKA_PRINCIPALS] : undefined,
    }),
  ]);
  // Each service's principal gets what its AsyncAPI document names, nothing more.
  if (kafka.principals) await grantPlatformAcls(kafka.brokers.split(','), kafka.principals);
  return {
    databaseUrl: postgres.url,
    kafkaBrokers: kafka.brokers,
    kafkaSettings: kafka.principals ? kafkaPrincipalSettings(kafka.principals) : {},
    postgres,
    kafka,
    stop: async () => {
      await Promise.allSettled([kafka.stop(), postgres.stop()]);
    },
  };
}
