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
    const kafkaPrincipal = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'child-welfare', KAFKA_SASL_PASSWORD: 'pw', KAFKA_SSL: 'true' };
    const production = { ...valid, ...kafkaPrincipal, NODE_ENV: 'production' };
    const problems = problemsOf(production).join('\n');
    expect(problems).toMatch(/AUTH_JWKS_FILE .* refused with NODE_ENV=production/);
    expect(problems).toMatch(/AUTH_ISSUER must name the identity provider/);
    const plainHttp = problemsOf({ ...production, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'http://idp.example/jwks', AUTH_ISSUER: 'https://idp.example' });
    expect(plainHttp).toEqual(['AUTH_JWKS_URL must be an https URL with NODE_ENV=production']);
    const trusted = { ...production, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example' };
    expect(loadServiceConfig('child-welfare', 3003, trusted)).toMatchObject({
      jwksUrl: 'https://idp.example/jwks',
      authIssuer: 'https://idp.example',
      kafkaSecurity: { sasl: { mechanism: 'scram-sha-512', username: 'child-welfare', password: 'pw' }, ssl: {} },
    });
    // Development keeps its local issuer and may talk to a plain local broker.
    expect(problemsOf(valid)).toEqual([]);
  });

  it('keeps the sandbox clock to development and training: refused in production', () => {
    const trusted = { ...valid, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'https://idp.example' };
    const production = {
      ...trusted,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'c',
      KAFKA_SASL_PASSWORD: 'pw',
      KAFKA_SSL: 'true',
      NODE_ENV: 'production',
    };
    expect(problemsOf({ ...production, CIVIC_CLOCK_FILE: '/tmp/clock.json' })).toEqual([
      'CIVIC_CLOCK_FILE (the sandbox clock, for training and demos) is refused with NODE_ENV=production: unset it',
    ]);
    expect(problemsOf(production)).toEqual([]);
    expect(loadServiceConfig('child-welfare', 3003, { ...valid, CIVIC_CLOCK_FILE: '/tmp/clock.json' }).clockFile).toBe('/tmp/clock.json');
  });

  it('needs a Kafka principal of its own and an explicit TLS choice in production', () => {
    const trusted = {
      ...valid,
      AUTH_JWKS_FILE: undefined,
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      NODE_ENV: 'production',
    };
    expect(problemsOf(trusted)).toEqual([
      expect.stringMatching(/^KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD .* required with NODE_ENV=production/),
      expect.stringMatching(/^KAFKA_SSL must be set with NODE_ENV=production/),
    ]);
    // A service's own setting comes first, so each process on a shared environment has its principal.
    const config = loadServiceConfig('child-welfare', 3003, {
      ...trusted,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'someone-else',
      KAFKA_SASL_PASSWORD: 'x',
      CHILD_WELFARE_KAFKA_SASL_USERNAME: 'child-welfare',
      CHILD_WELFARE_KAFKA_SASL_PASSWORD: 'pw',
      KAFKA_SSL: 'false',
    });
    expect(config.kafkaSecurity).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'child-welfare', password: 'pw' } });
  });

  it.each([
    [{ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, /KAFKA_SASL_MECHANISM must be one of/],
    [{ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'u' }, /KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required/],
    [{ KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, /KAFKA_SASL_MECHANISM is required/],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, /plain sends the password in clear/],
    [{ KAFKA_SSL: 'yes' }, /KAFKA_SSL must be true or false/],
    [{ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' }, /KAFKA_SSL_CA_FILE cannot be read/],
  ])('refuses Kafka security settings %j', (settings, message) => {
    expect(problemsOf({ ...valid, ...settings }).join('\n')).toMatch(message);
  });
});
