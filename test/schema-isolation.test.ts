import { Client } from 'pg';

/** Each service's database role reaches only its own schema. */
describe('schema isolation between services', () => {
  it('gives each service a role that cannot read another service’s schema or write outside its own', async () => {
    // The role the test run's global setup provisioned, as npm start does.
    const assistance = new Client({ connectionString: process.env.ASSISTANCE_DATABASE_URL });
    await assistance.connect();
    try {
      await assistance.query('CREATE TABLE IF NOT EXISTS assistance.isolation_probe (id int)');
      await expect(assistance.query('SELECT 1 FROM community.division LIMIT 1')).rejects.toThrow(/permission denied/);
      await expect(assistance.query('CREATE TABLE community.intruder (id int)')).rejects.toThrow(/permission denied/);
      await expect(assistance.query('CREATE TABLE public.intruder (id int)')).rejects.toThrow(/permission denied/);
      await assistance.query('DROP TABLE assistance.isolation_probe');
    } finally {
      await assistance.end();
    }
  });
});
