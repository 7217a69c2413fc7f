import { launchInfrastructure } from '../infrastructure';

/** One Postgres and one Kafka for the whole integration run; workers inherit the URLs. */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await launchInfrastructure({ log: (line) => process.stderr.write(`[infra] ${line}\n`) });
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  (globalThis as Record<string, unknown>).__civicInfrastructure = infrastructure;
}
