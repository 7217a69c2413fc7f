/**
 * The demo city on a running platform (`npm start` in another terminal; `npm start -- --demo` does
 * both): npm run -s demo. Drives the public APIs only, signs its token with the development issuer,
 * moves the sandbox clock only while it dates records in the past. Refused with NODE_ENV=production.
 */
import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { DevIssuer } from '@civic/platform';
import { repoRoot } from '@civic/testing';
import { join } from 'node:path';
import { printDemoSummary } from './demo/demo-summary';
import { DEMO_ROLES, seedDemoCity } from './demo/seed-demo-city';
import { sandboxClockFile } from './sandbox-clock-file';

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') throw new Error('the demo city is for development and training: refused with NODE_ENV=production');
  const baseUrls = Object.fromEntries(
    SERVICE_REGISTRY.map(({ name, port }) => [name, `http://127.0.0.1:${process.env[`${serviceEnvPrefix(name)}PORT`] ?? port}`]),
  );
  const issuer = await DevIssuer.open(join(repoRoot(), '.cache', 'dev-issuer'));
  const token = await issuer.sign({ sub: 'demo-seeder', roles: DEMO_ROLES, system: 'civic-demo', districts: [], expiresIn: '1h' });
  const log = (line: string) => process.stdout.write(`[demo] ${line}\n`);
  const result = await seedDemoCity({ baseUrls, token, clockFile: sandboxClockFile(), log });
  printDemoSummary(result, baseUrls, process.env.HOST_FOR_LINKS ?? 'localhost', log);
}

main().catch((error) => {
  process.stderr.write(`[demo] failed: ${String((error as Error)?.message ?? error)}\n`);
  process.exit(1);
});
