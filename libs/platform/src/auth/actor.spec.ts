import { Actor, hasPermission } from './actor';

const actor = (...roles: string[]): Actor => ({ subject: 'someone', system: 'test', roles, districts: [] });

describe('permissions of an actor', () => {
  it('grant a named permission of the service, and wildcards for ordinary permissions', () => {
    expect(hasPermission(actor('assistance:household.read'), 'assistance', 'household.read')).toBe(true);
    expect(hasPermission(actor('assistance:*'), 'assistance', 'household.read')).toBe(true);
    expect(hasPermission(actor('*:division.read'), 'funeral', 'division.read')).toBe(true);
    expect(hasPermission(actor('platform:admin'), 'funeral', 'death.register')).toBe(true);
    expect(hasPermission(actor('funeral:*'), 'assistance', 'household.read')).toBe(false);
  });

  it('grant personal data and the audit trail only to roles that name them', () => {
    for (const permission of ['personal-data.read', 'audit.read']) {
      expect(hasPermission(actor('assistance:*'), 'assistance', permission)).toBe(false);
      expect(hasPermission(actor('*:*'), 'assistance', permission)).toBe(false);
      expect(hasPermission(actor('platform:admin'), 'assistance', permission)).toBe(false);
      expect(hasPermission(actor(`assistance:${permission}`), 'assistance', permission)).toBe(true);
      expect(hasPermission(actor(`*:${permission}`), 'assistance', permission)).toBe(true);
      expect(hasPermission(actor(`funeral:${permission}`), 'assistance', permission)).toBe(false);
    }
  });
});
