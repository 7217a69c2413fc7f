/** Layer boundaries, checked in CI (npm run lint). */
const FRAMEWORKS = 'node_modules/(@nestjs|typeorm|kafkajs|pg|fastify|@fastify|nestjs-pino|pino|prom-client|class-validator|class-transformer)/';

module.exports = {
  forbidden: [
    {
      name: 'no-service-to-service',
      comment: 'A service never imports another service: they share only libs and event contracts.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'domain-is-plain-typescript',
      comment: 'Domain code is testable without Nest, a database or a broker.',
      severity: 'error',
      from: { path: '(^libs/domain-kernel/|/domain/)' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-does-not-reach-out',
      comment: 'The domain layer does not depend on application, HTTP or persistence code.',
      severity: 'error',
      from: { path: '/domain/' },
      to: { path: '/(application|http|persistence|consumers)/' },
    },
    {
      name: 'domain-kernel-stands-alone',
      severity: 'error',
      from: { path: '^libs/domain-kernel/' },
      to: { path: '^(libs/(?!domain-kernel/)|services/)' },
    },
    {
      name: 'libs-do-not-import-services',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^services/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
