import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropServiceFoundationSql, serviceFoundationSql } from './platform-tables-sql';

/**
 * A service's first migration: the platform tables (outbox, inbox, audit, idempotency) plus the
 * service's own statements, in its schema. Returns a class, as TypeORM expects, named by timestamp.
 */
export function foundationMigration(schema: string, timestamp: number, up: string[], down: string[] = []): new () => MigrationInterface {
  const name = `Foundation${timestamp}`;
  const migration = class implements MigrationInterface {
    readonly name = name;
    async up(runner: QueryRunner): Promise<void> {
      for (const sql of [...serviceFoundationSql(schema), ...up]) await runner.query(sql);
    }
    async down(runner: QueryRunner): Promise<void> {
      for (const sql of [...down, ...dropServiceFoundationSql(schema)]) await runner.query(sql);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
