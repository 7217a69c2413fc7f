import type { SASLOptions } from 'kafkajs';
import { readFileSync } from 'node:fs';

/** SASL mechanisms the platform speaks to brokers with (SCRAM for production; PLAIN only over TLS). */
export const SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

/** How a client proves who it is to the brokers and protects the connection. */
export interface KafkaSecurity {
  /** The principal: each service has its own (`User:<service>`), so the broker's ACLs can tell them apart. */
  sasl?: { mechanism: SaslMechanism; username: string; password: string };
  /** TLS to the brokers; `ca` adds the PEM certificates of a private certificate authority. */
  ssl?: { ca?: string[] };
}

/**
 * Reads `KAFKA_SASL_MECHANISM`, `KAFKA_SASL_USERNAME`, `KAFKA_SASL_PASSWORD`, `KAFKA_SSL` (true or
 * false) and `KAFKA_SSL_CA_FILE`, each first as `<prefix><NAME>` (a service's own setting), then
 * plain. Returns the problems instead of throwing, so a service can list all of its bad settings.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv, prefix = ''): { security: KafkaSecurity; problems: string[] } {
  const setting = (name: string) => env[`${prefix}${name}`] ?? env[name];
  const problems: string[] = [];
  const security: KafkaSecurity = {};
  const mechanism = setting('KAFKA_SASL_MECHANISM')?.toLowerCase();
  const username = setting('KAFKA_SASL_USERNAME');
  const password = setting('KAFKA_SASL_PASSWORD');
  if (mechanism) {
    if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
      problems.push(`KAFKA_SASL_MECHANISM must be one of ${SASL_MECHANISMS.join(', ')} (got "${mechanism}")`);
    } else if (!username || !password) {
      problems.push('KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required with KAFKA_SASL_MECHANISM');
    } else {
      security.sasl = { mechanism: mechanism as SaslMechanism, username, password };
    }
  } else if (username || password) {
    problems.push('KAFKA_SASL_MECHANISM is required with KAFKA_SASL_USERNAME or KAFKA_SASL_PASSWORD');
  }
  const ssl = setting('KAFKA_SSL');
  if (ssl !== undefined && ssl !== 'true' && ssl !== 'false') problems.push(`KAFKA_SSL must be true or false (got "${ssl}")`);
  const caFile = setting('KAFKA_SSL_CA_FILE');
  if (caFile && ssl !== 'true') problems.push('KAFKA_SSL_CA_FILE needs KAFKA_SSL=true');
  if (ssl === 'true') {
    security.ssl = {};
    if (caFile) {
      try {
        security.ssl.ca = [readFileSync(caFile, 'utf8')];
      } catch (error) {
        problems.push(`KAFKA_SSL_CA_FILE cannot be read: ${(error as Error).message}`);
      }
    }
  }
  if (security.sasl?.mechanism === 'plain' && !security.ssl) problems.push('KAFKA_SASL_MECHANISM=plain sends the password in clear: it needs KAFKA_SSL=true');
  return { security, problems };
}

/** The settings kafkajs takes for a `KafkaSecurity`. */
export function kafkajsSecurity(security: KafkaSecurity): { sasl?: SASLOptions; ssl?: boolean | { ca?: string[] } } {
  return {
    // The union kafkajs declares is per mechanism; ours holds one of those same three.
    ...(security.sasl ? { sasl: { ...security.sasl } as SASLOptions } : {}),
    ...(security.ssl ? { ssl: security.ssl.ca ? { ca: security.ssl.ca } : true } : {}),
  };
}
