import { SERVICE_NAMES, serviceEnvPrefix, topicsOfAsyncApi } from '@civic/contracts';
import { applyKafkaAcls, KafkaGateway, OPERATOR_PRINCIPAL, platformAcls, ServiceTopics } from '@civic/messaging';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KafkaPrincipals } from './kafka-launcher';
import { repoRoot } from './repo-root';
import { quietLogger } from './test-broker';

/** The principals a secured platform broker knows: one per service and the operator's. */
export const PLATFORM_KAFKA_PRINCIPALS: readonly string[] = [...SERVICE_NAMES, OPERATOR_PRINCIPAL];

/** What each service produces and consumes, from its committed AsyncAPI document. */
export function committedServiceTopics(root = repoRoot()): ServiceTopics[] {
  return SERVICE_NAMES.map((service) => ({
    service,
    ...topicsOfAsyncApi(JSON.parse(readFileSync(join(root, 'services', service, 'asyncapi.json'), 'utf8'))),
  }));
}

/**
 * The settings that make each process connect as its own principal: `KAFKA_SASL_*` (the
 * administrator's, for tests and tools) and `<SERVICE>_KAFKA_SASL_*` (each service's own, which a
 * service reads first; `CIVIC_OPERATOR_KAFKA_SASL_*` the operator's), so services under test hold
 * only the rights their ACLs give.
 */
export function kafkaPrincipalSettings(principals: KafkaPrincipals): Record<string, string> {
  const settings: Record<string, string> = {
    KAFKA_SASL_MECHANISM: principals.mechanism,
    KAFKA_SASL_USERNAME: principals.admin.username,
    KAFKA_SASL_PASSWORD: principals.admin.password,
  };
  for (const [principal, password] of Object.entries(principals.passwords)) {
    settings[`${serviceEnvPrefix(principal)}KAFKA_SASL_USERNAME`] = principal;
    settings[`${serviceEnvPrefix(principal)}KAFKA_SASL_PASSWORD`] = password;
  }
  return settings;
}

/** Grants the platform's ACLs (derived from the committed AsyncAPI documents) as the administrator. */
export async function grantPlatformAcls(brokers: string[], principals: KafkaPrincipals, root = repoRoot()): Promise<void> {
  const gateway = new KafkaGateway('civic-acl-setup', brokers, quietLogger, undefined, {
    sasl: { mechanism: principals.mechanism, username: principals.admin.username, password: principals.admin.password },
  });
  const acls = platformAcls(committedServiceTopics(root));
  // A broker that has just opened its port may not have registered itself yet ("Broker -1 not found").
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      try {
        await applyKafkaAcls(gateway, acls);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await gateway.close();
  }
}
