import { newBirthDate, newCitizenId, seedTestDivisions, TestService } from '@civic/testing';

export { newBirthDate, newCitizenId };

/** The divisions the tests use, as the division read model would hold them after community's events. */
export async function seedDivisions(app: TestService): Promise<void> {
  await seedTestDivisions(app, 'assistance');
}

// Duplicate screening matches name + birth date within a division across the shared database: each
// member gets a name of its own, so test files running side by side never look like duplicates.
const FILE_TAG = Math.random().toString(36).slice(2, 7);
let members = 0;

export function member(
  overrides: Partial<{ citizenId: string; name: string; relation: string; monthlyIncome: string; assets: string; disabilityGrade: number | null }> = {},
) {
  return {
    citizenId: newCitizenId(newBirthDate()),
    name: `测试成员${FILE_TAG}${(members += 1)}`,
    relation: 'head',
    monthlyIncome: '0.00',
    assets: '0.00',
    ...overrides,
  };
}

export const ALL_ROLES = [
  'assistance:household.read',
  'assistance:household.write',
  'assistance:household.review',
  'assistance:household.import',
  'assistance:personal-data.read',
  'assistance:application.read',
  'assistance:application.submit',
  'assistance:application.verify',
  'assistance:application.review',
  'assistance:application.decide',
  'assistance:application.appeal',
  'assistance:benefit.read',
  'assistance:benefit.manage',
  'assistance:programme.read',
  'assistance:programme.manage',
  'assistance:standard.adjust',
  'assistance:payment-run.read',
  'assistance:payment-run.start',
  'assistance:payment-run.export',
  'assistance:price-subsidy.manage',
  'assistance:price-subsidy.read',
  'assistance:lead.read',
  'assistance:lead.manage',
  'assistance:lead-rule.manage',
  'assistance:rescue.read',
  'assistance:rescue.manage',
  'assistance:statistics.read',
  'assistance:audit.read',
];
