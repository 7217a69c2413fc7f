import { launchKafka, RunningKafka } from './kafka-launcher';
import { launchPostgres, RunningPostgres } from './postgres-launcher';

export interface Infrastructure {
  databaseUrl: string;
  kafkaBrokers: string;
  postgres: RunningPostgres;
  kafka: RunningKafka;
  stop(): Promise<void>;
}

/** Postgres and Kafka side by side (they start in parallel); the same launchers serve npm start and tests. */
export async function launchInfrastructure(
  options: { dataDir?: string; postgresPort?: number; kafkaPort?: number; log?: (line: string) => void } = {},
): Promise<Infrastructure> {
  const [postgres, kafka] = await Promise.all([
    launchPostgres({ dataDir: options.dataDir && `${options.dataDir}/postgres`, port: options.postgresPort, log: options.log }),
    launchKafka({ dataDir: options.dataDir && `${options.dataDir}/kafka`, port: options.kafkaPort, log: options.log }),
  ]);
  return {
    databaseUrl: postgres.url,
    kafkaBrokers: kafka.brokers,
    postgres,
    kafka,
    stop: async () => {
      await Promise.allSettled([kafka.stop(), postgres.stop()]);
    },
  };
}
