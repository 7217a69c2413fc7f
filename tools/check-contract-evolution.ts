/**
 * Contract evolution check: compares each service's committed openapi.json and asyncapi.json with
 * the same files at the last release (the newest `v*` tag reachable from HEAD; without one, the
 * previous commit), and fails on a breaking change unless the service's version has a higher major.
 *   node dist/tools/check-contract-evolution.js [--base <git ref>]
 */
import { eventBreakingChanges, isMajorBump, openApiBreakingChanges, SERVICE_REGISTRY } from '@civic/contracts';
import { repoRoot } from '@civic/testing';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function git(root: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function main(): void {
  const root = repoRoot();
  const { values } = parseArgs({ options: { base: { type: 'string' } } });
  const base =
    values.base ?? git(root, 'describe', '--tags', '--abbrev=0', '--match', 'v*') ?? (git(root, 'rev-parse', '--verify', '-q', 'HEAD~1') && 'HEAD~1');
  if (!base) {
    process.stdout.write('no release tag and no previous commit: nothing to compare with\n');
    return;
  }
  let refused = 0;
  for (const { name } of SERVICE_REGISTRY) {
    for (const [file, compare] of [
      ['openapi.json', openApiBreakingChanges],
      ['asyncapi.json', eventBreakingChanges],
    ] as const) {
      const before = git(root, 'show', `${base}:services/${name}/${file}`);
      if (!before) continue; // new in this release
      const baseDocument = JSON.parse(before);
      const currentDocument = JSON.parse(readFileSync(join(root, 'services', name, file), 'utf8'));
      const breaks = compare(baseDocument, currentDocument);
      if (!breaks.length) continue;
      const bumped = isMajorBump(baseDocument.info?.version, currentDocument.info?.version);
      process.stdout.write(
        `${name} ${file}: ${breaks.length} breaking change(s) since ${base}${bumped ? ` (allowed: ${currentDocument.info.version} is a breaking release)` : ''}\n`,
      );
      for (const change of breaks) process.stdout.write(`  ${change}\n`);
      if (!bumped) refused++;
    }
  }
  if (refused) {
    process.stderr.write(
      `\n${refused} contract(s) break their callers without a new major version: keep the old shape (add beside it), or bump the service's version (and, for an event, publish a new ...vN type).\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`contracts of all ${SERVICE_REGISTRY.length} services: no unannounced breaking change since ${base}\n`);
}

main();
