// Two projects: `unit` (plain TypeScript, no I/O) and `integration` (real Postgres and Kafka,
// started once for the whole run by libs/testing's global setup).
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      // Rewrites @civic/* to relative paths at transform time, also in global setup (which ignores moduleNameMapper).
      baseUrl: __dirname,
      paths: require('./tsconfig.base.json').compilerOptions.paths,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];
const moduleNameMapper = {
  '^@civic/(platform|messaging|contracts|domain-kernel|divisions|supervision|payment-run|bulk-import|testing|clients)$': '<rootDir>/libs/$1/src/index.ts',
  '^@civic/supervision/rules$': '<rootDir>/libs/supervision/src/rules.ts',
  '^@civic/payment-run/rules$': '<rootDir>/libs/payment-run/src/rules.ts',
  '^@civic/bulk-import/rules$': '<rootDir>/libs/bulk-import/src/rules.ts',
};
// ESM-only packages that jest (on Node 20) must compile to CommonJS; everything else in node_modules is left alone.
const esmOnly = ['content-disposition'];
const common = {
  transform: { '^.+\\.(ts|js)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  testEnvironmentOptions: { globalsCleanup: 'on' },
};

module.exports = {
  // Integration tests wait for real brokers and consumers (by polling, never by sleeping).
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      // Plain TypeScript with no I/O: a unit spec that needs seconds is waiting on something it should not.
      testTimeout: 5000,
      testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/services/*/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testTimeout: 60000,
      testMatch: ['<rootDir>/libs/*/test/**/*.test.ts', '<rootDir>/services/*/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
    },
  ],
};
