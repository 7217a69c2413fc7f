import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { deadLetterTopicOf } from '@civic/contracts';
import { DLQ_DECISIONS_TOPIC, DLQ_READER_GROUP_PREFIX } from '../dlq/dead-letters';
import type { KafkaGateway } from './kafka-gateway';

/** One permission of one principal, as the broker's authorizer (StandardAuthorizer) holds it. */
export interface KafkaAcl {
  principal: string;
  resource: 'topic' | 'group';
  name: string;
  pattern: 'literal' | 'prefixed';
  operation: 'read' | 'write' | 'create' | 'describe';
}

/** What a service publishes and consumes, as its AsyncAPI document says. */
export interface ServiceTopics {
  service: string;
  produces: string[];
  consumes: string[];
}

/** The operator's principal: the DLQ tool (reads dead letters, replays them, records decisions). */
export const OPERATOR_PRINCIPAL = 'civic-operator';

const principalOf = (user: string) => `User:${user}`;

/**
 * Least privilege per service: write (and create, with the platform's settings) only the topics it
 * produces; read only the topics it consumes, and write their dead-letter topics; its consumer
 * groups are all `<service>.…`. Nothing else: funeral cannot publish on assistance's topics.
 */
export function serviceAcls({ service, produces, consumes }: ServiceTopics): KafkaAcl[] {
  const principal = principalOf(service);
  const topic = (name: string, ...operations: KafkaAcl['operation'][]): KafkaAcl[] =>
    operations.map((operation) => ({ principal, resource: 'topic', name, pattern: 'literal', operation }));
  return [
    ...[...new Set(produces)].flatMap((t) => topic(t, 'write', 'create', 'describe')),
    // A consumer may start before its producer ever did: it creates the topic (empty, platform settings).
    ...[...new Set(consumes)].flatMap((t) => [...topic(t, 'read', 'describe', 'create'), ...topic(deadLetterTopicOf(t), 'write', 'create', 'describe')]),
    { principal, resource: 'group', name: `${service}.`, pattern: 'prefixed', operation: 'read' },
  ];
}

/** The operator reads every dead-letter topic, replays onto the original topics and records decisions. */
export function operatorAcls(services: ServiceTopics[], operator = OPERATOR_PRINCIPAL): KafkaAcl[] {
  const principal = principalOf(operator);
  const consumed = [...new Set(services.flatMap((s) => s.consumes))];
  const acl = (resource: KafkaAcl['resource'], name: string, operation: KafkaAcl['operation'], pattern: KafkaAcl['pattern'] = 'literal'): KafkaAcl => ({
    principal,
    resource,
    name,
    pattern,
    operation,
  });
  return [
    ...consumed.flatMap((t) => [acl('topic', deadLetterTopicOf(t), 'read'), acl('topic', deadLetterTopicOf(t), 'describe'), acl('topic', t, 'write')]),
    ...(['read', 'write', 'create', 'describe'] as const).map((op) => acl('topic', DLQ_DECISIONS_TOPIC, op)),
    acl('group', DLQ_READER_GROUP_PREFIX, 'read', 'prefixed'),
  ];
}

/** Every ACL of the platform. */
export function platformAcls(services: ServiceTopics[]): KafkaAcl[] {
  return [...services.flatMap(serviceAcls), ...operatorAcls(services)];
}

const OPERATIONS = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  describe: AclOperationTypes.DESCRIBE,
};

/** Creates the ACLs on the cluster (the gateway must connect as a principal allowed to alter them). Existing ones stay. */
export async function applyKafkaAcls(gateway: KafkaGateway, acls: KafkaAcl[]): Promise<void> {
  const admin = gateway.kafka.admin();
  await admin.connect();
  try {
    await admin.createAcls({
      acl: acls.map((a) => ({
        principal: a.principal,
        host: '*',
        resourceType: a.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
        resourceName: a.name,
        resourcePatternType: a.pattern === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
        operation: OPERATIONS[a.operation],
        permissionType: AclPermissionTypes.ALLOW,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
