import { EventContract, ServiceName, serviceEntry } from '@civic/contracts';
import { join } from 'node:path';
import type { CsvLimits } from './http/csv-upload';
import { migrationsIn } from './persistence/migrations-in';

/** What a service tells the platform about itself; everything else is the same in every service. */
export interface ServiceDefinition {
  name: ServiceName;
  /** Its Postgres schema (snake_case of the name). */
  schema: string;
  defaultPort: number;
  title: string;
  description: string;
  version: string;
  /** Its migrations, found in `src/migrations/`. */
  migrations: Function[];
  /** Integration events it produces (for AsyncAPI, topic creation and checks); what it consumes is derived from its `@OnEvent` handlers. */
  produces?: EventContract[];
  /** Limits of its `text/csv` uploads, enforced while a file is read (default DEFAULT_CSV_LIMITS). */
  csvUploads?: Partial<CsvLimits>;
}

/**
 * A service's definition from the registry entry of its name (port, schema), its migrations
 * folder (`<sourceRoot>/migrations`) and what only it can say.
 */
export function defineService(
  name: ServiceName,
  sourceRoot: string,
  own: { description: string; version: string; produces?: EventContract[]; csvUploads?: Partial<CsvLimits> },
): ServiceDefinition {
  const entry = serviceEntry(name);
  return {
    name,
    schema: entry.schema,
    defaultPort: entry.port,
    title: `${name} service`,
    description: own.description,
    version: own.version,
    migrations: migrationsIn(join(sourceRoot, 'migrations')),
    produces: own.produces ?? [],
    csvUploads: own.csvUploads,
  };
}
