// Validates the chart's rendered manifests offline (no cluster): every object against the
// Kubernetes API schemas (kubernetes-models), Strimzi's KafkaTopic/KafkaUser against the fields
// the chart uses, and the platform's own rules: every service of the registry has its Deployment
// with probes on the management port, Service, PodDisruptionBudget, NetworkPolicy and migration
// Job; containers run non-root on a read-only root filesystem; no password is written in a manifest.
//
//   node tools/helm/validate-chart.mjs <rendered.yaml> [--strimzi]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const platform = JSON.parse(readFileSync(join(root, 'deploy', 'helm', 'civic-platform', 'files', 'platform.json'), 'utf8'));

/** The kubernetes-models module of an apiVersion: `apps/v1` → kubernetes-models/apps/v1, `v1` → kubernetes-models/v1. */
async function modelOf(apiVersion, kind) {
  const module = await import(`kubernetes-models/${apiVersion}`).catch(() => undefined);
  return module?.[kind];
}

const STRIMZI_OPERATIONS = [
  'Read',
  'Write',
  'Create',
  'Delete',
  'Alter',
  'Describe',
  'ClusterAction',
  'AlterConfigs',
  'DescribeConfigs',
  'IdempotentWrite',
  'All',
];

function strimziProblems(object) {
  const problems = [];
  const spec = object.spec ?? {};
  if (object.kind === 'KafkaTopic') {
    if (!object.metadata?.labels?.['strimzi.io/cluster']) problems.push('metadata.labels.strimzi.io/cluster is required');
    if (!/^[a-zA-Z0-9._-]{1,249}$/.test(spec.topicName ?? '')) problems.push('spec.topicName must be a Kafka topic name');
    if (!Number.isInteger(spec.partitions) || spec.partitions < 1) problems.push('spec.partitions must be a whole number from 1');
    if (!Number.isInteger(spec.replicas) || spec.replicas < 1) problems.push('spec.replicas must be a whole number from 1');
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(object.metadata?.name ?? '')) problems.push('metadata.name must be a DNS label');
  } else if (object.kind === 'KafkaUser') {
    if (spec.authentication?.type !== 'scram-sha-512') problems.push('spec.authentication.type must be scram-sha-512');
    if (spec.authorization?.type !== 'simple') problems.push('spec.authorization.type must be simple');
    for (const [i, acl] of (spec.authorization?.acls ?? []).entries()) {
      if (!['topic', 'group', 'cluster', 'transactionalId'].includes(acl.resource?.type))
        problems.push(`acls[${i}].resource.type is not a Strimzi resource type`);
      if (!['literal', 'prefix'].includes(acl.resource?.patternType)) problems.push(`acls[${i}].resource.patternType must be literal or prefix`);
      if (!acl.operations?.length || acl.operations.some((op) => !STRIMZI_OPERATIONS.includes(op)))
        problems.push(`acls[${i}].operations must be Strimzi operations`);
    }
  } else problems.push(`unknown Strimzi kind ${object.kind}`);
  return problems;
}

/** A PrometheusRule: groups of named rules, each an alert (or a recording) with an expression, a duration and a severity. */
function prometheusRuleProblems(object) {
  const problems = [];
  const groups = object.spec?.groups;
  if (!Array.isArray(groups) || !groups.length) return ['spec.groups must list rule groups'];
  for (const [g, group] of groups.entries()) {
    if (!group.name) problems.push(`groups[${g}].name is required`);
    for (const [r, rule] of (group.rules ?? []).entries()) {
      const at = `groups[${g}].rules[${r}]`;
      if (!rule.alert === !rule.record) problems.push(`${at} must be either an alert or a record`);
      if (typeof rule.expr !== 'string' || !rule.expr.trim()) problems.push(`${at}.expr must be a PromQL expression`);
      if (rule.for !== undefined && !/^\d+(ms|s|m|h|d|w|y)$/.test(rule.for)) problems.push(`${at}.for must be a duration`);
      if (rule.alert && !['critical', 'warning', 'info'].includes(rule.labels?.severity))
        problems.push(`${at}.labels.severity must be critical, warning or info`);
      if (rule.alert && !rule.annotations?.summary) problems.push(`${at}.annotations.summary is required`);
    }
  }
  return problems;
}

function containersOf(object) {
  const spec = object.kind === 'Job' || object.kind === 'Deployment' ? object.spec.template.spec : undefined;
  return spec ? spec.containers : [];
}

export async function validateManifests(text, { strimzi = false } = {}) {
  const problems = [];
  const objects = parseAllDocuments(text)
    .map((doc) => doc.toJSON())
    .filter(Boolean);
  for (const object of objects) {
    const where = `${object.kind}/${object.metadata?.name}`;
    if (object.apiVersion?.startsWith('kafka.strimzi.io/')) {
      problems.push(...strimziProblems(object).map((p) => `${where}: ${p}`));
      continue;
    }
    if (object.apiVersion === 'monitoring.coreos.com/v1' && object.kind === 'PrometheusRule') {
      problems.push(...prometheusRuleProblems(object).map((p) => `${where}: ${p}`));
      continue;
    }
    const Model = await modelOf(object.apiVersion, object.kind);
    if (!Model) {
      problems.push(`${where}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(
        `${where}: ${String(error.message ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' ')}`,
      );
    }
    for (const container of containersOf(object)) {
      const security = container.securityContext ?? {};
      if (security.readOnlyRootFilesystem !== true || security.allowPrivilegeEscalation !== false)
        problems.push(`${where}: container ${container.name} must have a read-only root filesystem and no privilege escalation`);
      for (const variable of container.env ?? [])
        if (/PASSWORD|SECRET|TOKEN/.test(variable.name) && variable.value !== undefined)
          problems.push(`${where}: ${variable.name} is written in the manifest; reference a Secret`);
    }
    if (['Deployment', 'Job'].includes(object.kind) && object.spec.template.spec.securityContext?.runAsNonRoot !== true)
      problems.push(`${where}: the pod must run as non-root`);
  }
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
  for (const { name, port } of platform.services) {
    const deployment = find('Deployment', name);
    if (!deployment) problems.push(`service ${name}: no Deployment`);
    else {
      const [container] = deployment.spec.template.spec.containers;
      if (container.readinessProbe?.httpGet?.path !== '/health/ready') problems.push(`service ${name}: no readiness probe on /health/ready`);
      if (container.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`service ${name}: no liveness probe on /health/live`);
      if (!container.ports?.some((p) => p.containerPort === port)) problems.push(`service ${name}: the container does not expose port ${port}`);
      if (!container.resources?.limits?.memory || !container.resources?.requests?.memory) problems.push(`service ${name}: no memory request and limit`);
    }
    for (const [kind, object] of [
      ['Service', name],
      ['PodDisruptionBudget', name],
      ['NetworkPolicy', name],
      ['Job', `${name}-migrate`],
    ])
      if (!find(kind, object)) problems.push(`service ${name}: no ${kind} ${object}`);
    // The Service routes to the API pods only, never to a migration pod.
    const service = find('Service', name);
    const migrationPod = find('Job', `${name}-migrate`)?.spec.template.metadata.labels ?? {};
    if (service && Object.entries(service.spec.selector).every(([k, v]) => migrationPod[k] === v))
      problems.push(`service ${name}: the Service selects the migration pod`);
    const job = find('Job', `${name}-migrate`);
    if (job && !job.spec.template.spec.containers[0].command.includes('--migrate-only'))
      problems.push(`service ${name}: the migration Job does not run --migrate-only`);
  }
  if (!find('Job', 'civic-provision-roles')) problems.push('no Job civic-provision-roles');
  if (strimzi) {
    for (const { name } of platform.topics)
      if (!objects.some((o) => o.kind === 'KafkaTopic' && o.spec.topicName === name)) problems.push(`topic ${name}: no KafkaTopic`);
    for (const { name } of platform.kafkaUsers) if (!find('KafkaUser', name)) problems.push(`principal ${name}: no KafkaUser`);
  }
  return { objects: objects.length, problems };
}

/**
 * The validator must refuse what is wrong: the rendered chart without one service's NetworkPolicy,
 * with a replica count that is no number, a password written as a value and a root container.
 */
async function selfTest(text) {
  const docs = parseAllDocuments(text)
    .map((doc) => doc.toJSON())
    .filter(Boolean);
  const last = platform.services[platform.services.length - 1].name;
  const first = platform.services[0].name;
  const broken = docs
    .filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === last))
    .map((o) => {
      if (o.kind !== 'Deployment' || o.metadata.name !== first) return o;
      const copy = structuredClone(o);
      copy.spec.replicas = 'two';
      copy.spec.template.spec.securityContext.runAsNonRoot = false;
      copy.spec.template.spec.containers[0].env.push({ name: 'DB_PASSWORD', value: 'written-down' });
      return copy;
    });
  const { problems } = await validateManifests(broken.map((o) => `---\n${JSON.stringify(o)}\n`).join(''));
  const expected = [
    `service ${last}: no NetworkPolicy`,
    `Deployment/${first}: `,
    'DB_PASSWORD is written in the manifest',
    `Deployment/${first}: the pod must run as non-root`,
  ];
  const missed = expected.filter((e) => !problems.some((p) => p.includes(e)));
  if (!problems.some((p) => p.startsWith(`Deployment/${first}:`) && /replicas|integer|type/.test(p))) missed.push('the replica count that is no number');
  return missed;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--self-test')) {
  const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const missed = await selfTest(readFileSync(file, 'utf8'));
  for (const m of missed) process.stderr.write(`the validator let through: ${m}\n`);
  process.stdout.write(
    `validator self-test: ${missed.length ? 'FAILED' : 'refuses a missing NetworkPolicy, a bad field, a written password and a root pod'}\n`,
  );
  process.exit(missed.length ? 1 : 0);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { objects, problems } = await validateManifests(readFileSync(file, 'utf8'), { strimzi: process.argv.includes('--strimzi') });
  for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
  process.stdout.write(`${file}: ${objects} objects, ${problems.length} problems\n`);
  process.exit(problems.length ? 1 : 0);
}
