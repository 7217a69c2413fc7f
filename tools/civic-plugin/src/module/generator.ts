import { formatFiles, generateFiles, names, Tree } from '@nx/devkit';
import { join } from 'node:path';

export interface ModuleGeneratorOptions {
  service: string;
  name: string;
  plural?: string;
}

/**
 * Scaffolds an aggregate module in the one module pattern (docs/architecture.md): domain aggregate
 * with its change type, spec and repository port; use cases and query port; SQL adapters; a thin
 * controller with DTOs and declared permission and district scope; a migration; an API test. The
 * result passes its own tests, so a new context starts from the pattern rather than from a copy.
 */
export async function moduleGenerator(tree: Tree, options: ModuleGeneratorOptions): Promise<void> {
  const serviceRoot = `services/${options.service}`;
  const appModulePath = `${serviceRoot}/src/app.module.ts`;
  if (!tree.exists(appModulePath)) throw new Error(`no service ${options.service}: ${appModulePath} does not exist`);
  const n = names(options.name);
  if (tree.exists(`${serviceRoot}/src/${n.fileName}`)) throw new Error(`${serviceRoot}/src/${n.fileName} already exists`);
  const plural = names(options.plural ?? `${n.fileName}s`);
  const timestamp = nextMigrationTimestamp(tree, `${serviceRoot}/src/migrations`);
  const substitutions = {
    service: options.service,
    fileName: n.fileName,
    className: n.className,
    propertyName: n.propertyName,
    constantName: n.constantName,
    title: n.fileName.replace(/-/g, ' '),
    tableName: n.fileName.replace(/-/g, '_'),
    plural: plural.fileName,
    pluralClassName: plural.className,
    timestamp,
  };
  generateFiles(tree, join(__dirname, 'files', 'src'), `${serviceRoot}/src`, substitutions);
  generateFiles(tree, join(__dirname, 'files', 'test'), `${serviceRoot}/test`, substitutions);
  tree.write(appModulePath, withModuleImported(tree.read(appModulePath, 'utf-8')!, `${n.className}Module`, `./${n.fileName}/${n.fileName}.module`));
  await formatFiles(tree, { sortRootTsconfigPaths: false });
}

/** One past the newest migration of the service, so the new table is created after what it may refer to. */
function nextMigrationTimestamp(tree: Tree, migrations: string): number {
  const stamps = tree.exists(migrations) ? tree.children(migrations).map((file) => Number(/^(\d+)-/.exec(file)?.[1] ?? 0)) : [];
  return Math.max(Date.now(), ...stamps.map((stamp) => stamp + 1));
}

/** Adds the module to the root module's `imports` and its import statement at the top. */
export function withModuleImported(source: string, moduleClass: string, from: string): string {
  const start = source.indexOf('imports: [');
  if (start < 0) throw new Error('app.module.ts has no `imports: [` in its @Module');
  let depth = 0;
  let end = -1;
  for (let i = start + 'imports: '.length; i < source.length; i++) {
    if (source[i] === '[') depth++;
    if (source[i] === ']' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('app.module.ts: unbalanced imports array');
  const inside = source.slice(start + 'imports: ['.length, end).trimEnd();
  const separator = inside.endsWith(',') ? ' ' : ', ';
  const withImport = `${source.slice(0, start + 'imports: ['.length)}${inside}${separator}${moduleClass}${source.slice(end)}`;
  const lastImport = [...withImport.matchAll(/^import (?:[^;]*?from )?'[^']+';$/gm)].pop();
  const at = lastImport ? lastImport.index + lastImport[0].length + 1 : 0;
  return `${withImport.slice(0, at)}import { ${moduleClass} } from '${from}';\n${withImport.slice(at)}`;
}

export default moduleGenerator;
