/** Who is calling: the person (sub), the calling system (azp / client id), their roles and district scope. */
export interface Actor {
  subject: string;
  system: string;
  roles: string[];
  /** Districts (6-digit division codes) this actor may act in; empty = the whole city. */
  districts: string[];
}

/**
 * Permissions no wildcard grants: seeing citizens' data unmasked and reading the audit trail are
 * given by name (`assistance:personal-data.read`, `*:audit.read`), so a broad operational role
 * (`assistance:*`, `platform:admin`) never carries them by accident.
 */
export const NAMED_ONLY_PERMISSIONS: ReadonlySet<string> = new Set(['personal-data.read', 'audit.read']);

/**
 * True when the actor holds `<service>:<permission>`. Roles may use `*` for either part
 * (`community:*`, `*:division.read`); `platform:admin` holds everything but the named-only
 * permissions, which need a role naming them (the service part may still be `*`).
 */
export function hasPermission(actor: Actor, service: string, permission: string): boolean {
  const namedOnly = NAMED_ONLY_PERMISSIONS.has(permission);
  return actor.roles.some((role) => {
    if (role === 'platform:admin') return !namedOnly;
    const [roleService, rolePermission] = role.split(':');
    if (roleService !== service && roleService !== '*') return false;
    return rolePermission === permission || (rolePermission === '*' && !namedOnly);
  });
}
