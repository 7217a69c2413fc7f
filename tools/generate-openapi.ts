/**
 * Writes each service's OpenAPI contract to services/<name>/openapi.json; with --check, fails
 * (exit 1) when a committed contract differs from what the code generates. Needs no database:
 * the apps are built in preview mode.
 */
import { SERVICE_REGISTRY } from '@civic/contracts';
import { createServiceApp, openApiDocument, ServiceDefinition } from '@civic/platform';
import { repoRoot } from '@civic/testing';
import type { Type } from '@nestjs/common';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const root = repoRoot();
  const drifted: string[] = [];
  for (const { name } of SERVICE_REGISTRY) {
    const { AppModule } = (await import(join(root, 'dist', 'services', name, 'src', 'app.module.js'))) as { AppModule: Type };
    const { service } = (await import(join(root, 'dist', 'services', name, 'src', 'service.js'))) as { service: ServiceDefinition };
    const app = await createServiceApp(AppModule, service, { preview: true });
    const text = `${JSON.stringify(openApiDocument(app, service), null, 2)}\n`;
    await app.close();
    const file = join(root, 'services', name, 'openapi.json');
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) drifted.push(file);
    } else {
      writeFileSync(file, text);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
  if (drifted.length) {
    process.stderr.write(`OpenAPI contracts drifted from the code; run npm run openapi and commit:\n  ${drifted.join('\n  ')}\n`);
    process.exit(1);
  }
  if (check) process.stdout.write(`openapi.json of all ${SERVICE_REGISTRY.length} services match the code\n`);
}

void main();
