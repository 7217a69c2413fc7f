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
    const ownerUrl = this.config.databaseOwnerUrl;
    const separateOwner = !!ownerUrl && roleOf(ownerUrl) !== roleOf(this.config.databaseUrl);
    const owner = separateOwner
      ? // Two connections: one holds the migration lock while the migrations run on the other.
        await new DataSource({ ...this.dataSource.options, url: ownerUrl, extra: { ...this.dataSource.options.extra, max: 2 } } as never).initialize()
      : this.dataSource;
    try {
      await this.migrate(owner, separateOwner);
    } finally {
      if (separateOwner) await owner.destroy();
    }
  }

  private async migrate(owner: DataSource, grant: boolean): Promise<void> {
    const lock = `civic_migrations:${this.definition.schema}`;
    const runner = owner.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
      const applied = await owner.runMigrations({ transaction: 'each' });
      if (applied.length) this.logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
      if (grant) for (const statement of runtimePrivilegesSql(this.definition.schema, roleOf(this.config.databaseUrl))) await runner.query(statement);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
      await runner.release();
    }
  }
}
