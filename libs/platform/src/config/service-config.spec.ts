import { ConfigError, loadServiceConfig } from './service-config';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/civic', KAFKA_BROKERS: 'localhost:9092', AUTH_JWKS_FILE: '/tmp/jwks.json' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadServiceConfig('child-welfare', 3003, env);
    return [];
  } catch (e) {
    return (e as ConfigError).problems;
  }
}

describe('service configuration', () => {
  it("takes the schema owner's connection for the same database", () => {
    const config = loadServiceConfig('child-welfare', 3003, { ...valid, CHILD_WELFARE_DATABASE_OWNER_URL: 'postgres://owner:p@localhost:5432/civic' });
    expect(config.databaseOwnerUrl).toBe('postgres://owner:p@localhost:5432/civic');
  });

  it('takes defaults and the service-prefixed override before the shared setting', () => {
    const config = loadServiceConfig('child-welfare', 3003, { ...valid, CHILD_WELFARE_PORT: '4003', PORT: '9999' });
    expect(config).toMatchObject({ service: 'child-welfare', port: 4003, kafkaBrokers: ['localhost:9092'], logLevel: 'info', databasePoolSize: 10 });
  });

  it('names every missing setting at once', () => {
    const problems = problemsOf({});
    expect(problems.join('\n')).toMatch(/DATABASE_URL is required/);
    expect(problems.join('\n')).toMatch(/KAFKA_BROKERS is required/);
    expect(problems.join('\n')).toMatch(/AUTH_JWKS_URL/);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ KAFKA_BROKERS: 'nohost' }, /KAFKA_BROKERS entry "nohost"/],
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ AUTH_JWKS_URL: 'ftp://x' }, /AUTH_JWKS_URL must be an http/],
    [{ DB_POOL_SIZE: '0' }, /DB_POOL_SIZE must be a whole number from 1/],
    [{ KAFKA_CONSUMER_GROUP_PREFIX: 'blue green' }, /KAFKA_CONSUMER_GROUP_PREFIX must be/],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, /RATE_LIMIT_PER_MINUTE must be a whole number from 0/],
    [{ DATABASE_OWNER_URL: 'postgres://owner:p@localhost:5432/other' }, /DATABASE_OWNER_URL must name the same server and database/],
  ])('refuses %p naming it', (override, message) => {
    expect(problemsOf({ ...valid, ...override }).join('\n')).toMatch(message);
  });

  it('refuses development trust in production, naming each setting', () => {
    const production = { ...valid, NODE_ENV: 'production' };
    const problems = problemsOf(production).join('\n');
    expect(problems).toMatch(/AUTH_JWKS_FILE .* refused with NODE_ENV=production/);
    expect(problems).toMatch(/AUTH_ISSUER must name the identity provider/);
    const plainHttp = problemsOf({ ...production, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'http://idp.example/jwks', AUTH_ISSUER: 'https://idp.example' });
    expect(plainHttp).toEqual(['AUTH_JWKS_URL must be an https URL with NODE_ENV=production']);
    const trusted = { ...production, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example' };
    expect(loadServiceConfig('child-welfare', 3003, trusted)).toMatchObject({ jwksUrl: 'https://idp.example/jwks', authIssuer: 'https://idp.example' });
    // Development keeps its local issuer.
    expect(problemsOf(valid)).toEqual([]);
  });
});
