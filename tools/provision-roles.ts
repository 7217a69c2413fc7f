/**
 * Creates (or re-passwords) each service's owner and runtime database roles on a database, as a
 * deployment's one-shot step before the services start (docker-compose's `provision-roles`; a
 * Helm pre-install Job). The admin connection and every password come from the environment:
 *
 *   DATABASE_ADMIN_URL=postgres://admin:...@host:5432/civic
 *   <SERVICE>_DB_OWNER_PASSWORD, <SERVICE>_DB_PASSWORD   (e.g. ASSISTANCE_DB_PASSWORD)
 */
import { SERVICE_REGISTRY, serviceEnvPrefix } from '@civic/contracts';
import { provisionServiceRoles } from '@civic/platform';

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_ADMIN_URL;
  const passwords = new Map<string, string>();
  const missing: string[] = adminUrl ? [] : ['DATABASE_ADMIN_URL'];
  for (const { name, schema } of SERVICE_REGISTRY) {
    for (const [role, variable] of [
      [`own_${schema}`, `${serviceEnvPrefix(name)}DB_OWNER_PASSWORD`],
      [`svc_${schema}`, `${serviceEnvPrefix(name)}DB_PASSWORD`],
    ]) {
      const password = process.env[variable];
      if (!password) missing.push(variable);
      else passwords.set(role, password);
    }
  }
  if (missing.length) {
    process.stderr.write(`provision-roles: set ${missing.join(', ')}\n`);
    process.exit(1);
  }
  await provisionServiceRoles(adminUrl!, (role) => passwords.get(role)!);
  process.stdout.write(`provision-roles: owner and runtime roles of ${SERVICE_REGISTRY.map((s) => s.name).join(', ')} are in place\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`provision-roles: ${String(error)}\n`);
  process.exit(1);
});
