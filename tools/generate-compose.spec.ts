import { SERVICE_REGISTRY } from '@civic/contracts';
import { parse } from 'yaml';
import { composeFile, envExample } from './generate-compose';

interface ComposeService {
  ports?: string[];
  environment?: Record<string, string>;
}

describe('the compose file', () => {
  const compose = parse(composeFile()) as { services: Record<string, ComposeService> };

  it('publishes only the services’ API ports: no database, broker or broker UI on the host', () => {
    expect(compose.services.postgres.ports).toBeUndefined();
    expect(compose.services.kafka.ports).toBeUndefined();
    expect(Object.keys(compose.services)).not.toContain('kafka-ui');
    for (const { name, port } of SERVICE_REGISTRY) expect(compose.services[name].ports).toEqual([`${port}:${port}`]);
  });

  it('connects each service as its own runtime role and migrates as its owner, with passwords from the env file', () => {
    for (const { name, schema } of SERVICE_REGISTRY) {
      const env = compose.services[name].environment!;
      expect(env.DATABASE_URL).toMatch(new RegExp(`^postgres://svc_${schema}:\\$\\{[A-Z_]+_DB_PASSWORD\\}@`));
      expect(env.DATABASE_OWNER_URL).toMatch(new RegExp(`^postgres://own_${schema}:\\$\\{[A-Z_]+_DB_OWNER_PASSWORD\\}@`));
    }
    // No literal secret anywhere: every password is a reference the env file fills.
    expect(composeFile()).not.toMatch(/PASSWORD: (?!")/);
    expect(compose.services.postgres.environment!.POSTGRES_PASSWORD).toBe('${POSTGRES_PASSWORD:?set it in .env}');
  });

  it('has an example env file naming every secret, with no value filled in', () => {
    const lines = envExample()
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toHaveLength(1 + SERVICE_REGISTRY.length * 2);
    for (const line of lines) expect(line).toMatch(/^[A-Z_]+=$/);
  });
});
