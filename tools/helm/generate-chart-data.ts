/**
 * Writes the Helm chart's data file (deploy/helm/civic-platform/files/platform.json) from the
 * service registry and the committed AsyncAPI documents: the services (name, port, schema, env
 * prefix), every topic with its dead-letter topic, and each principal's ACLs (what `npm run
 * kafka-acls` applies), so the chart's Deployments, Strimzi KafkaTopics and KafkaUsers are never
 * written twice. With --check, fails (exit 1) when the committed file differs.
 *
 *   npm run -s helm:data            writes it
 *   npm run -s helm:data -- --check checks it (CI)
 */
import { deadLetterTopicOf, SERVICE_NODE_FLAGS, SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { DLQ_DECISIONS_TOPIC, KafkaAcl, platformAcls } from '@civic/messaging';
import { committedServiceTopics, repoRoot } from '@civic/testing';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHART_DATA_FILE = join('deploy', 'helm', 'civic-platform', 'files', 'platform.json');

/** A Strimzi ACL rule (kafka.strimzi.io/v1beta2 KafkaUser spec.authorization.acls[]). */
interface StrimziAcl {
  resource: { type: 'topic' | 'group'; name: string; patternType: 'literal' | 'prefix' };
  operations: string[];
}

export function chartData(root = repoRoot()): object {
  const topics = committedServiceTopics(root);
  const services = SERVICE_REGISTRY.map(({ name, port, schema }) => {
    const own = topics.find((t) => t.service === name)!;
    return { name, port, schema, envPrefix: serviceEnvPrefix(name), produces: [...new Set(own.produces)].sort(), consumes: [...new Set(own.consumes)].sort() };
  });
  const consumed = new Set(topics.flatMap((t) => t.consumes));
  const allTopics = [
    ...new Set([...topics.flatMap((t) => [...t.produces, ...t.consumes]), ...[...consumed].map(deadLetterTopicOf), DLQ_DECISIONS_TOPIC]),
  ].sort();
  return {
    generatedBy: 'npm run -s helm:data (tools/helm/generate-chart-data.ts); CI checks it',
    nodeFlags: [...SERVICE_NODE_FLAGS],
    services,
    topics: allTopics.map((name) => ({ name, deadLetter: name.endsWith('.dlq') })),
    kafkaUsers: usersOf(platformAcls(topics)),
  };
}

/** The broker ACLs grouped per principal and resource, in Strimzi's form. */
function usersOf(acls: KafkaAcl[]): Array<{ name: string; acls: StrimziAcl[] }> {
  const byUser = new Map<string, Map<string, StrimziAcl>>();
  for (const acl of acls) {
    const user = acl.principal.replace(/^User:/, '');
    const rules = byUser.get(user) ?? new Map<string, StrimziAcl>();
    const key = `${acl.resource}|${acl.name}|${acl.pattern}`;
    const rule = rules.get(key) ?? {
      resource: { type: acl.resource, name: acl.name, patternType: acl.pattern === 'literal' ? 'literal' : 'prefix' },
      operations: [],
    };
    const operation = acl.operation[0].toUpperCase() + acl.operation.slice(1);
    if (!rule.operations.includes(operation)) rule.operations.push(operation);
    rules.set(key, rule);
    byUser.set(user, rules);
  }
  return [...byUser.entries()].map(([name, rules]) => ({ name, acls: [...rules.values()] }));
}

function main(): void {
  const file = join(repoRoot(), CHART_DATA_FILE);
  const text = `${JSON.stringify(chartData(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      process.stderr.write(`${CHART_DATA_FILE} drifted from the service registry and the AsyncAPI documents; run npm run -s helm:data and commit\n`);
      process.exit(1);
    }
    process.stdout.write(`${CHART_DATA_FILE} matches the service registry\n`);
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}

if (require.main === module) main();
