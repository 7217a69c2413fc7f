import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service-config';
import type { ServiceDefinition } from '../service-definition';
import { SERVICE_CONFIG, SERVICE_DEFINITION } from '../tokens';
import { roleOf, runtimePrivilegesSql } from './runtime-privileges';

/**
 * Runs the service's pending migrations at start-up, one replica at a time (a session advisory
 * lock per schema), each in its own transaction. Already-applied migrations are skipped, so
 * starting twice changes nothing. With an owner connection (DATABASE_OWNER_URL) the migrations
 * run as the schema owner, which then grants the runtime role its data privileges.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrateService(this.dataSource, this.definition, this.config, (line) => this.logger.log(line));
  }
}

/**
 * The migrations of a service on `dataSource` (its runtime connection), as the owner when
 * DATABASE_OWNER_URL names another role; returns the names applied. Start-up and the deployment's
 * migration job (`main.js --migrate-only`) both come here.
 */
export async function migrateService(
  dataSource: DataSource,
  definition: ServiceDefinition,
  config: ServiceConfig,
  log: (line: string) => void,
): Promise<string[]> {
  const ownerUrl = config.databaseOwnerUrl;
  const separateOwner = !!ownerUrl && roleOf(ownerUrl) !== roleOf(config.databaseUrl);
  const owner = separateOwner
    ? // Two connections: one holds the migration lock while the migrations run on the other.
      await new DataSource({ ...dataSource.options, url: ownerUrl, extra: { ...dataSource.options.extra, max: 2 } } as never).initialize()
    : dataSource;
  try {
    return await migrate(owner, definition.schema, separateOwner ? roleOf(config.databaseUrl) : undefined, log);
  } finally {
    if (separateOwner) await owner.destroy();
  }
}

async function migrate(owner: DataSource, schema: string, grantTo: string | undefined, log: (line: string) => void): Promise<string[]> {
  const lock = `civic_migrations:${schema}`;
  const runner = owner.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    const applied = await owner.runMigrations({ transaction: 'each' });
    if (applied.length) log(`applied ${applied.map((m) => m.name).join(', ')}`);
    if (grantTo) for (const statement of runtimePrivilegesSql(schema, grantTo)) await runner.query(statement);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
    await runner.release();
  }
}
