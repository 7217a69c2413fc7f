import { repoRoot } from '@civic/testing';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = repoRoot();
/** What a workspace copy leaves out: installed, built and cached things (node_modules is linked instead). */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.nx', '.cache', 'coverage']);

/**
 * `npx nx g @civic/plugin:module` on a copy of the workspace: the module it scaffolds must type-check,
 * keep the lint and layer rules, and pass its own domain spec and API test against a real Postgres
 * and Kafka of its own (the copy's test run starts them, as CI does).
 */
describe('the module generator', () => {
  let workspace: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'civic-generator-'));
    cpSync(root, workspace, { recursive: true, filter: (source) => !NOT_COPIED.has(relative(root, source).split('/')[0]) });
    symlinkSync(join(root, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  });
  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  /** Runs a command in the copy, with none of this run's infrastructure in its environment. */
  const inWorkspace = (command: string, args: string[]) => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/(DATABASE_URL|KAFKA_BROKERS|^AUTH_|^CIVIC_|^JEST_|^NODE_OPTIONS$)/.test(key)),
    );
    return run(command, args, { cwd: workspace, env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 });
  };

  it('scaffolds an aggregate module in the pattern that passes its own tests', async () => {
    await inWorkspace('npx', ['nx', 'g', '@civic/plugin:module', 'eldercare', 'care-bed', '--no-interactive']);

    const module = join(workspace, 'services/eldercare/src/care-bed');
    for (const part of [
      'domain/care-bed.ts',
      'domain/care-bed.spec.ts',
      'domain/care-bed.repository.ts',
      'application/care-bed-commands.ts',
      'application/care-bed-queries.ts',
      'persistence/sql-care-bed.repository.ts',
      'persistence/care-bed.queries.ts',
      'http/care-beds.controller.ts',
      'http/care-bed.dto.ts',
      'care-bed.module.ts',
    ]) {
      expect(existsSync(join(module, part))).toBe(true);
    }
    expect(readdirSync(join(workspace, 'services/eldercare/src/migrations')).some((file) => file.endsWith('-care-bed-table.ts'))).toBe(true);
    expect(readFileSync(join(workspace, 'services/eldercare/src/app.module.ts'), 'utf-8')).toMatch(/CareBedModule/);

    await inWorkspace('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
    await inWorkspace('npx', ['eslint', 'services/eldercare']);
    await inWorkspace('npx', ['prettier', '--check', 'services/eldercare']);
    await inWorkspace('npx', ['depcruise', 'services/eldercare', '--config', '.dependency-cruiser.cjs']);

    const report = join(workspace, 'generated-tests.json');
    await inWorkspace('npx', [
      'jest',
      '--selectProjects',
      'unit',
      'integration',
      '--runInBand',
      '--json',
      `--outputFile=${report}`,
      '--runTestsByPath',
      'services/eldercare/src/care-bed/domain/care-bed.spec.ts',
      'services/eldercare/test/care-beds.api.test.ts',
    ]);
    const results = JSON.parse(readFileSync(report, 'utf-8'));
    expect(results.numFailedTests).toBe(0);
    expect(results.numTotalTestSuites).toBe(2);
    expect(results.numPassedTests).toBeGreaterThanOrEqual(9);
  }, 600_000);
});
