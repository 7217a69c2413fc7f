import { DevIssuer, provisionServiceRoles } from '@civic/platform';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchInfrastructure } from '../infrastructure';
import { warmUpBroker } from '../warm-up-broker';

/** One Postgres and one Kafka for the whole integration run; workers inherit the URLs and the test issuer. */
export default async function globalSetup(): Promise<void> {
  // The broker authenticates every client and enforces the platform's ACLs, as in production.
  const infrastructure = await launchInfrastructure({ log: (line) => process.stderr.write(`[infra] ${line}\n`), secureKafka: true });
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  Object.assign(process.env, infrastructure.kafkaSettings);
  await warmUpBroker(infrastructure.kafkaBrokers.split(','));
  // Services under test connect as their own least-privileged roles, as in production.
  Object.assign(process.env, await provisionServiceRoles(infrastructure.databaseUrl));
  const issuerDir = join(mkdtempSync(join(tmpdir(), 'civic-issuer-')), 'issuer');
  const issuer = await DevIssuer.open(issuerDir);
  process.env.CIVIC_TEST_ISSUER_DIR = issuerDir;
  process.env.AUTH_JWKS_FILE = issuer.jwksFile;
  process.env.LOG_LEVEL ??= 'error';
  (globalThis as Record<string, unknown>).__civicInfrastructure = infrastructure;
}
