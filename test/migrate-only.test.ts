import { freePort, freshDatabase, repoRoot } from '@civic/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * The deployment's migration job (deploy/helm: one Job per service before the rollout) runs the
 * service's own entry point with `--migrate-only`: it applies the migrations and stops, touching
 * neither HTTP nor Kafka; run again, it applies nothing.
 */
describe('the migration job: main.js --migrate-only', () => {
  it('applies every migration of a service on an empty database and exits; a second run applies none', async () => {
    const url = await freshDatabase('civic_migrate_only');
    const env: NodeJS.ProcessEnv = { ...process.env, CHARITY_DATABASE_URL: url, CHARITY_PORT: String(await freePort()), LOG_LEVEL: 'info' };
    delete env.CHARITY_DATABASE_OWNER_URL;
    // A broker address nothing listens on: the job must not need Kafka.
    env.CHARITY_KAFKA_BROKERS = '127.0.0.1:1';
    const run = () =>
      spawnSync(process.execPath, [join(repoRoot(), 'dist', 'services', 'charity', 'src', 'main.js'), '--migrate-only'], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });

    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/charity: applied .*OrganisationTables.*VolunteerTables/);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'charity' AND table_name = ANY($1)`, [
        ['organisation', 'donation', 'supermarket_eligibility', 'volunteer', 'outbox', 'inbox'],
      ]);
      expect(tables.rows.map((r) => r.table_name).sort()).toEqual(['donation', 'inbox', 'organisation', 'outbox', 'supermarket_eligibility', 'volunteer']);
    } finally {
      await client.end();
    }

    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('charity: migrations up to date (0 applied now)');
  });
});
