import type { DataSourceOptions } from 'typeorm';
import type { ServiceConfig } from '../config/service-config';
import type { ServiceDefinition } from '../service-definition';
import { platformMigrations } from './foundation-migration';

/** A service's connection: its own schema, its migrations and the platform's, its pool settings. */
export function serviceDataSourceOptions(definition: ServiceDefinition, config: ServiceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    schema: definition.schema,
    // No entities: adapters write SQL; TypeORM is the connection, transaction and migration runner.
    entities: [],
    migrations: [...definition.migrations, ...platformMigrations(definition.schema)],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // Unqualified names resolve to the service's own schema, never another's.
    // A request waits for a pooled connection this long, then is answered 503, not held forever.
    extra: { max: config.databasePoolSize, connectionTimeoutMillis: config.databaseAcquireTimeoutMs, options: `-c search_path=${definition.schema}` },
  };
}
