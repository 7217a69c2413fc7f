/**
 * Prints a bearer token the local platform accepts:
 *   npm run -s token -- --sub NAME --roles ROLE[,ROLE] [--system NAME] [--districts 310104,...] [--expires 12h]
 * Roles are <service>:<permission>, e.g. community:division.write, assistance:division.read, *:audit.read.
 */
import { DevIssuer } from '@civic/platform';
import { repoRoot } from '@civic/testing';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      roles: { type: 'string' },
      system: { type: 'string', default: 'swagger-ui' },
      districts: { type: 'string', default: '' },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!values.sub || !values.roles) {
    process.stderr.write('usage: npm run -s token -- --sub NAME --roles ROLE[,ROLE] [--system NAME] [--districts CODE,...] [--expires 12h]\n');
    process.exit(2);
  }
  const issuer = await DevIssuer.open(join(repoRoot(), '.cache', 'dev-issuer'));
  const split = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  process.stdout.write(
    `${await issuer.sign({ sub: values.sub, roles: split(values.roles), system: values.system, districts: split(values.districts!), expiresIn: values.expires })}\n`,
  );
}

void main();
