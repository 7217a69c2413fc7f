import { startTestService, TestService } from '@civic/testing';
import { Client } from 'pg';
import { AppModule } from '../services/community/src/app.module';
import { service } from '../services/community/src/service';

async function connected(url: string | undefined): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Each service's database roles reach only its own schema; the runtime role cannot touch the structure or the audit trail. */
describe('database roles of a service', () => {
  let community: TestService;
  let runtime: Client;
  let owner: Client;

  beforeAll(async () => {
    // Starting migrates as the owner, who then grants the runtime role (the roles the run's global setup provisioned, as npm start does).
    community = await startTestService(AppModule, service, { consumers: false });
    runtime = await connected(process.env.COMMUNITY_DATABASE_URL);
    owner = await connected(process.env.COMMUNITY_DATABASE_OWNER_URL);
  });
  afterAll(async () => {
    await runtime.end();
    await owner.end();
    await community.close();
  });

  it('keeps each role out of other services’ schemas and out of public', async () => {
    for (const client of [runtime, owner]) {
      await expect(client.query('SELECT 1 FROM assistance.household LIMIT 1')).rejects.toThrow(/permission denied/);
      await expect(client.query('CREATE TABLE assistance.intruder (id int)')).rejects.toThrow(/permission denied/);
      await expect(client.query('CREATE TABLE public.intruder (id int)')).rejects.toThrow(/permission denied/);
    }
  });

  it('lets the owner change the structure and the runtime role only the data', async () => {
    await owner.query('CREATE TABLE IF NOT EXISTS community.isolation_probe (id int)');
    try {
      await expect(runtime.query('CREATE TABLE community.intruder (id int)')).rejects.toThrow(/permission denied/);
      await expect(runtime.query('ALTER TABLE community.division ADD COLUMN intruder int')).rejects.toThrow(/must be owner/);
      await expect(runtime.query('DROP TABLE community.isolation_probe')).rejects.toThrow(/must be owner/);
      expect((await runtime.query('SELECT count(*) FROM community.division')).rows[0].count).not.toBe('0');
    } finally {
      await owner.query('DROP TABLE community.isolation_probe');
    }
  });

  it('keeps the audit log append-only for the runtime role: insert and read, never update, delete or truncate', async () => {
    const inserted = await runtime.query(
      `INSERT INTO community.audit_log (actor_subject, actor_system, action, resource_type, method, path, status)
       VALUES ('probe', 'test-suite', 'probe.append', 'probe', 'POST', '/probe', 201) RETURNING id`,
    );
    const id = inserted.rows[0].id;
    expect((await runtime.query('SELECT action FROM community.audit_log WHERE id = $1', [id])).rows).toEqual([{ action: 'probe.append' }]);
    await expect(runtime.query(`UPDATE community.audit_log SET action = 'rewritten' WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(runtime.query('DELETE FROM community.audit_log WHERE id = $1', [id])).rejects.toThrow(/permission denied/);
    await expect(runtime.query('TRUNCATE community.audit_log')).rejects.toThrow(/permission denied/);
    expect((await runtime.query('SELECT action FROM community.audit_log WHERE id = $1', [id])).rows).toEqual([{ action: 'probe.append' }]);
  });
});
