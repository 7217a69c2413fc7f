import { DataSource } from 'typeorm';
import { loadServiceConfig } from '../config/service-config';
import type { ServiceDefinition } from '../service-definition';
import { ensureSchema } from './ensure-schema';
import { migrateService } from './migration-runner';
import { serviceDataSourceOptions } from './service-data-source';

/**
 * `main.js --migrate-only`: the deployment's migration job. Applies the service's pending
 * migrations as the schema owner (DATABASE_OWNER_URL) and grants the runtime role, then stops:
 * no HTTP, no Kafka, no background job. The replicas then run with the runtime role only.
 */
export async function migrateOnly(
  definition: ServiceDefinition,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const config = loadServiceConfig(definition.name, definition.defaultPort, env);
  await ensureSchema(config.databaseOwnerUrl ?? config.databaseUrl, definition.schema);
  const dataSource = await new DataSource({
    ...serviceDataSourceOptions(definition, config),
    extra: { max: 2, options: `-c search_path=${definition.schema}` },
  } as never).initialize();
  try {
    return await migrateService(dataSource, definition, config, log);
  } finally {
    await dataSource.destroy();
  }
}
