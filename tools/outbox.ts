/**
 * The operator's command for a service's outbox, when the relay is stopped at a row Kafka refuses
 * for good (reported in /health/ready `details.kafka.outboxBlockedBy` and the metric
 * `outbox_relay_blocked`):
 *
 *   npm run -s outbox -- SERVICE list
 *   npm run -s outbox -- SERVICE discard ID --operator NAME --reason TEXT
 *
 * Connects with `<SERVICE>_DATABASE_URL` (or DATABASE_URL, or --database-url). A discard is written
 * to the service's audit log in the same transaction.
 */
import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { discardOutboxRow, Queryable, waitingOutboxRows } from '@civic/messaging';
import { auditRowWrite } from '@civic/platform';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { parseArgs } from 'node:util';
import { OperatorCommand, runAsCli } from './operator-command';

const USAGE = 'usage: npm run -s outbox -- SERVICE list | SERVICE discard ID --operator NAME --reason TEXT [--database-url URL]';

export const outboxCommand: OperatorCommand = async (argv, env, print) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { operator: { type: 'string' }, reason: { type: 'string' }, 'database-url': { type: 'string' }, limit: { type: 'string', default: '20' } },
  });
  const [service, action, id] = positionals;
  const entry = SERVICE_REGISTRY.find((s) => s.name === service);
  const url = values['database-url'] ?? (entry && (env[`${serviceEnvPrefix(entry.name)}DATABASE_URL`] ?? env.DATABASE_URL));
  if (!entry || !url || !['list', 'discard'].includes(action) || (action === 'discard' && (!/^\d+$/.test(id ?? '') || !values.operator || !values.reason))) {
    print(USAGE);
    return 2;
  }
  // Unqualified names (the audit log) resolve to the service's own schema, as in the service.
  const client = new Client({ connectionString: url, options: `-c search_path=${entry.schema}` });
  await client.connect();
  const db: Queryable = { query: async (sql, params) => (await client.query(sql, params as unknown[])).rows };
  try {
    if (action === 'list') {
      for (const row of await waitingOutboxRows(db, entry.schema, Number(values.limit))) print(JSON.stringify(row));
      return 0;
    }
    await client.query('BEGIN');
    const discarded = await discardOutboxRow(db, entry.schema, id, { operator: values.operator!, reason: values.reason! });
    if (!discarded) {
      await client.query('ROLLBACK');
      print(`outbox row ${id} of ${service} is not waiting (unknown or already published)`);
      return 1;
    }
    const audit = auditRowWrite({
      actor: { subject: values.operator!, system: 'outbox-tool', roles: [], districts: [] },
      action: 'outbox.discard',
      resourceType: 'outbox-row',
      resourceId: id,
      requestId: randomUUID(),
      method: 'CLI',
      path: 'npm run outbox',
      status: 200,
      details: { reason: values.reason, eventId: discarded.eventId, topic: discarded.topic, eventType: discarded.eventType },
    });
    await client.query(audit.sql, audit.params as unknown[]);
    await client.query('COMMIT');
    print(`discarded outbox row ${id} (${discarded.eventType} on ${discarded.topic}); the relay goes on`);
    return 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
};

if (require.main === module) runAsCli('outbox', outboxCommand);
