import { SERVICE_NAMES, serviceEnvPrefix } from '@civic/contracts';

/** The most processes `npm start` runs of one service: enough to show replicas sharing work on one machine. */
export const MAX_REPLICAS = 9;
/** Replica i (from 0) of a service listens on its port + i × this (assistance: 3001, 3101, 3201). */
export const REPLICA_PORT_STEP = 100;

/** One process `npm start` runs: which service, which of its replicas, and the ports it is given. */
export interface ServiceProcess {
  service: string;
  replica: number;
  /** `assistance` for the first replica, `assistance#2` for the second: how logs and links name it. */
  label: string;
  port: number;
  managementPort?: number;
}

export class ReplicaPlanError extends Error {}

/**
 * Reads `--replicas assistance=3,funeral=2` (or CIVIC_REPLICAS): how many processes of each
 * service to run. Services not named run once. Unknown services, counts outside 1..MAX_REPLICAS
 * and malformed entries are refused with what was wrong, before anything starts.
 */
export function parseReplicas(spec: string | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  if (!spec?.trim()) return counts;
  for (const entry of spec.split(',').map((s) => s.trim())) {
    const match = /^([a-z-]+)=(\d+)$/.exec(entry);
    if (!match) throw new ReplicaPlanError(`--replicas: "${entry}" is not <service>=<count>`);
    const [, service, count] = match;
    if (!SERVICE_NAMES.includes(service as never)) throw new ReplicaPlanError(`--replicas: no service "${service}" (one of ${SERVICE_NAMES.join(', ')})`);
    if (service in counts) throw new ReplicaPlanError(`--replicas: "${service}" is named twice`);
    const n = Number(count);
    if (n < 1 || n > MAX_REPLICAS) throw new ReplicaPlanError(`--replicas: ${service} may run 1 to ${MAX_REPLICAS} times (got ${n})`);
    counts[service] = n;
  }
  return counts;
}

/**
 * Every process to start: each service's replicas on its port and the next ones a step apart
 * (its management port, when one is set, the same). Two processes given one port are refused,
 * as they could never both listen.
 */
export function replicaPlan(services: { name: string; port: number; managementPort?: number }[], counts: Record<string, number>): ServiceProcess[] {
  const plan = services.flatMap(({ name, port, managementPort }) =>
    Array.from({ length: counts[name] ?? 1 }, (_, replica) => ({
      service: name,
      replica,
      label: replica === 0 ? name : `${name}#${replica + 1}`,
      port: port + replica * REPLICA_PORT_STEP,
      ...(managementPort ? { managementPort: managementPort + replica * REPLICA_PORT_STEP } : {}),
    })),
  );
  const taken = new Map<number, string>();
  for (const p of plan)
    for (const port of [p.port, p.managementPort].filter((x): x is number => x !== undefined)) {
      if (port > 65535) throw new ReplicaPlanError(`${p.label} would listen on port ${port}, past 65535`);
      const other = taken.get(port);
      if (other) throw new ReplicaPlanError(`${p.label} and ${other} would both listen on port ${port}; move one with <SERVICE>_PORT`);
      taken.set(port, p.label);
    }
  return plan;
}

/**
 * A process's environment: the platform's, with its own ports and its instance named in the
 * telemetry resource (`service.instance.id`), so traces and metrics tell replicas apart.
 */
export function processEnv(p: ServiceProcess, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const prefix = serviceEnvPrefix(p.service);
  return {
    ...base,
    [`${prefix}PORT`]: String(p.port),
    ...(p.managementPort ? { [`${prefix}MANAGEMENT_PORT`]: String(p.managementPort) } : {}),
    OTEL_RESOURCE_ATTRIBUTES: [base.OTEL_RESOURCE_ATTRIBUTES, `service.instance.id=${encodeURIComponent(p.label)}`].filter(Boolean).join(','),
  };
}
