import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The migration classes of a service, found in its `migrations/` folder (TypeORM orders them by
 * the timestamp in their names): a new migration is a new file, never an edit to a list.
 */
export function migrationsIn(folder: string): Function[] {
  return readdirSync(folder)
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(join(folder, file)) as Record<string, unknown>;
      return Object.values(exported).filter(
        (v): v is Function => typeof v === 'function' && typeof (v as { prototype?: { up?: unknown } }).prototype?.up === 'function',
      );
    });
}
