import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceDefinition } from '../service-definition';
import { SERVICE_DEFINITION } from '../tokens';

/**
 * Runs the service's pending migrations at start-up, one replica at a time (a session advisory
 * lock per schema), each in its own transaction. Already-applied migrations are skipped, so
 * starting twice changes nothing.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
  ) {}

  async onModuleInit(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`civic_migrations:${this.definition.schema}`]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) this.logger.log(`applied ${applied.map((m) => m.name).join(', ')}`);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`civic_migrations:${this.definition.schema}`]).catch(() => undefined);
      await runner.release();
    }
  }
}
