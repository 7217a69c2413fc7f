/** Layer boundaries, checked in CI (npm run lint) over the whole tree: every module follows the one pattern of docs/architecture.md. */
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
      name: 'domain-is-its-own',
      comment:
        'Domain types are its own: no framework, no platform, no published contracts (mapping to contracts happens in application/), not even through another file.',
      severity: 'error',
      from: { path: '(^libs/domain-kernel/|/domain/)' },
      to: { path: `(${FRAMEWORKS}|^libs/(platform|contracts|messaging|testing|divisions)/)`, reachable: true },
    },
    {
      name: 'http-uses-ports-not-adapters',
      comment: 'Controllers reach data through use cases, repository ports and query ports, never a persistence adapter.',
      severity: 'error',
      from: { path: '/http/' },
      to: { path: '/persistence/' },
    },
    {
      name: 'application-keeps-to-its-module',
      comment: "A use case may use its own module's adapters' query ports, never another module's persistence.",
      severity: 'error',
      from: { path: '^(services/[^/]+/src|libs/[^/]+/src)/([^/]+)/(application|consumers)/' },
      to: { path: '/persistence/', pathNot: '^$1/$2/persistence/' },
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
