/** Who is calling: the person (sub), the calling system (azp / client id), their roles and district scope. */
export interface Actor {
  subject: string;
  system: string;
  roles: string[];
  /** Districts (6-digit division codes) this actor may act in; empty = the whole city. */
  districts: string[];
}

/**
 * True when the actor holds `<service>:<permission>`. Roles may use `*` for either part
 * (`community:*`, `*:division.read`); `platform:admin` holds everything.
 */
export function hasPermission(actor: Actor, service: string, permission: string): boolean {
  return actor.roles.some((role) => {
    if (role === 'platform:admin') return true;
    const [roleService, rolePermission] = role.split(':');
    return (roleService === service || roleService === '*') && (rolePermission === permission || rolePermission === '*');
  });
}
