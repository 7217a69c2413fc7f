import { SERVICE_REGISTRY, ServiceName } from '@civic/contracts';
import type { ServiceDefinition } from '@civic/platform';
import type { Type } from '@nestjs/common';
import { join } from 'node:path';

/**
 * Every service of the registry, loaded by convention from `services/<name>/src/`, for
 * cross-service tests (and only tests: services never import each other).
 */
export const SERVICES = Object.fromEntries(
  SERVICE_REGISTRY.map(({ name }) => {
    const root = join(__dirname, '..', 'services', name, 'src');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { AppModule } = require(join(root, 'app.module')) as { AppModule: Type };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { service } = require(join(root, 'service')) as { service: ServiceDefinition };
    return [name, { module: AppModule, definition: service }];
  }),
) as Record<ServiceName, { module: Type; definition: ServiceDefinition }>;

/** The services that keep a division read model (every one but community, which owns divisions). */
export const DIVISION_CONSUMERS = SERVICE_REGISTRY.map((s) => s.name).filter((name) => name !== 'community');
