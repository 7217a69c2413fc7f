import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropServiceFoundationSql, idempotencyScopeUpgradeSql, serviceFoundationSql } from './platform-tables-sql';

/**
 * A migration made of SQL statements, run in order in the migration's transaction. Returns a class,
 * as TypeORM expects, named `<label><timestamp>`.
 */
export function sqlMigration(label: string, timestamp: number, up: string[], down: string[] = []): new () => MigrationInterface {
  const name = `${label}${timestamp}`;
  const migration = class implements MigrationInterface {
    readonly name = name;
    async up(runner: QueryRunner): Promise<void> {
      for (const sql of up) await runner.query(sql);
    }
    async down(runner: QueryRunner): Promise<void> {
      for (const sql of down) await runner.query(sql);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}

/** A service's first migration: the platform tables (outbox, inbox, audit, idempotency) plus the service's own statements. */
export function foundationMigration(schema: string, timestamp: number, up: string[], down: string[] = []): new () => MigrationInterface {
  return sqlMigration('Foundation', timestamp, [...serviceFoundationSql(schema), ...up], [...down, ...dropServiceFoundationSql(schema)]);
}

/**
 * Migrations the platform adds to every service, after its own of the same time: changes to the
 * platform tables that the foundation of databases created earlier lacks.
 */
export function platformMigrations(schema: string): Function[] {
  return [sqlMigration('PlatformIdempotencyScope', 1765100000000, idempotencyScopeUpgradeSql(schema))];
}
