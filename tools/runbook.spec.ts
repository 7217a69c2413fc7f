import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The runbook (docs/operations.md) names only what the project has: every npm script it runs, the
 * flags it passes to the project's tools, the chart values it sets, the variables it names, and the
 * files and tests it points to. A renamed script, flag or value fails here, not at 3 a.m.
 */
describe('the operations runbook names what the project has', () => {
  const root = join(__dirname, '..');
  const runbook = readFileSync(join(root, 'docs', 'operations.md'), 'utf8');
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const values = parse(readFileSync(join(root, 'deploy', 'helm', 'civic-platform', 'values.yaml'), 'utf8')) as Record<string, unknown>;
  // The commands: fenced blocks, and inline code that starts with a command.
  const commands = [
    ...[...runbook.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')),
    ...[...runbook.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]).filter((c) => /(^|\s)(npm|node|bash|\.cache\/bin\/helm) /.test(c)),
  ]
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);

  const sourceOf = (dir: string): string =>
    readdirSync(dir).reduce((text, entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'dist' ? text : text + sourceOf(path);
      return /\.(ts|tpl|yaml|sh)$/.test(entry) && !entry.endsWith('.spec.ts') ? text + readFileSync(path, 'utf8') : text;
    }, '');
  const source = ['libs', 'services', 'tools', 'deploy'].map((d) => sourceOf(join(root, d))).join('\n');

  it('runs only npm scripts package.json has, with flags their tools read', () => {
    const runs = commands.flatMap((c) => [...c.matchAll(/npm run(?: -s)? ([\w:-]+)(?: -- ([^|;&]*))?/g)]);
    expect(runs.length).toBeGreaterThan(5);
    for (const [, script, args] of runs) {
      expect(Object.keys(scripts)).toContain(script);
      const tool = /node (dist\/tools\/[\w/-]+)\.js/.exec(scripts[script])?.[1].replace(/^dist\//, '');
      if (!tool || !args) continue;
      const toolSource = readFileSync(join(root, `${tool}.ts`), 'utf8');
      for (const [, flag] of args.matchAll(/--([a-z][\w-]*)/g)) expect({ script, flag, read: toolSource.includes(flag) }).toEqual({ script, flag, read: true });
    }
  });

  it('starts the platform only with flags npm start reads', () => {
    const starts = commands.filter((c) => c.startsWith('npm start -- '));
    expect(starts.length).toBeGreaterThan(0);
    const start = readFileSync(join(root, 'tools', 'start-platform.ts'), 'utf8');
    for (const command of starts)
      for (const [, flag] of command.matchAll(/--([a-z][\w-]*)/g)) expect({ flag, read: start.includes(`${flag}: {`) }).toEqual({ flag, read: true });
  });

  it('uses the Helm the project builds, on the chart and values files it ships', () => {
    const helm = commands.filter((c) => c.includes('.cache/bin/helm'));
    expect(helm.length).toBeGreaterThan(0);
    // tools/helm/check-chart.sh installs it there: bin="$PWD/.cache/bin", then "$bin/helm".
    expect(readFileSync(join(root, 'tools', 'helm', 'check-chart.sh'), 'utf8')).toMatch(/bin="\$PWD\/\.cache\/bin"[\s\S]*"\$bin\/helm"/);
    for (const command of helm)
      for (const [, file] of command.matchAll(/\$CHART\/([\w.-]+)/g)) expect(existsSync(join(root, 'deploy', 'helm', 'civic-platform', file))).toBe(true);
  });

  it('sets only chart values the chart has', () => {
    const topLevel = Object.keys(values);
    const paths = [...runbook.matchAll(/`([a-z][\w]*(?:\.[a-zA-Z][\w]*)+)(?:: [^`]+)?`/g)].map((m) => m[1]).filter((p) => topLevel.includes(p.split('.')[0]));
    const sets = commands.flatMap((c) => [...c.matchAll(/--set ([\w.]+)=/g)].map((m) => m[1]));
    expect(paths.length).toBeGreaterThan(3);
    for (const path of [...paths, ...sets]) {
      const found = path
        .split('.')
        .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), values);
      expect({ path, found: found !== undefined }).toEqual({ path, found: true });
    }
  });

  it('names only environment variables the services, tools or chart read', () => {
    const prefixes = SERVICE_REGISTRY.map((s) => serviceEnvPrefix(s.name));
    const variables = [...new Set([...runbook.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)].map((m) => m[1]))].filter((v) => !v.startsWith('<'));
    expect(variables.length).toBeGreaterThan(5);
    for (const variable of variables) {
      // A service's prefixed setting (ASSISTANCE_PAYMENT_RUN_OPENS_ON_DAY) is read by its unprefixed name.
      const prefix = prefixes.find((p) => variable.startsWith(p));
      const names = prefix ? [variable, variable.slice(prefix.length)] : [variable];
      expect({ variable, read: names.some((n) => source.includes(n)) }).toEqual({ variable, read: true });
    }
  });

  it('points only to files and tests that exist', () => {
    const files = [...runbook.matchAll(/`((?:docs|deploy|tools|test|libs|services)\/[\w./-]+\.\w+)`/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect({ file, exists: existsSync(join(root, file)) }).toEqual({ file, exists: true });
  });
});
