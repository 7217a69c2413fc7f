/**
 * The platform's services, one bounded context each. Adding a service touches this list only:
 * `npm start`, OpenAPI generation, the cross-service tests, database roles and the compose file
 * derive from it (the service's own code lives by convention in `services/<name>/src/`).
 */
export const SERVICE_REGISTRY = [
  { name: 'assistance', port: 3001, schema: 'assistance' },
  { name: 'eldercare', port: 3002, schema: 'eldercare' },
  { name: 'child-welfare', port: 3003, schema: 'child_welfare' },
  { name: 'registration', port: 3004, schema: 'registration' },
  { name: 'funeral', port: 3005, schema: 'funeral' },
  { name: 'community', port: 3006, schema: 'community' },
  { name: 'charity', port: 3007, schema: 'charity' },
] as const;

/**
 * The flags every service process runs with (npm start, the benchmarks; deploy/Dockerfile repeats
 * them): source maps for stack traces, and an old-space heap of 192 MB, so that V8 collects rather
 * than grows under a burst (a bulk import's peak stays under 200 MB instead of climbing past 300).
 */
export const SERVICE_NODE_FLAGS = ['--enable-source-maps', '--max-old-space-size=192'] as const;

export type ServiceEntry = (typeof SERVICE_REGISTRY)[number];
export type ServiceName = ServiceEntry['name'];
export const SERVICE_NAMES: readonly ServiceName[] = SERVICE_REGISTRY.map((s) => s.name);

export function serviceEntry(name: ServiceName): ServiceEntry {
  return SERVICE_REGISTRY.find((s) => s.name === name)!;
}

/** `<NAME>_` prefix of a service's own settings, e.g. `CHILD_WELFARE_PORT`. */
export function serviceEnvPrefix(name: string): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_`;
}

/** The CloudEvents `source` of every event a service publishes; consumers accept a type only from its producer's. */
export function eventSourceOf(name: string): string {
  return `/civic/${name}`;
}
