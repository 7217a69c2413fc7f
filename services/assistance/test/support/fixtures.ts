import { TestService } from '@civic/testing';
import { DataSource } from 'typeorm';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
let sequence = Math.floor(Math.random() * 500);

/** A valid citizen ID number, different on every call (the tests share one database). */
export function newCitizenId(birthDate = '19800101', address = '310104'): string {
  sequence = (sequence + 1) % 1000;
  const body = `${address}${birthDate}${String(sequence).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** Another birth date per call too, so name + birth date matches only happen when a test wants them. */
let day = Math.floor(Math.random() * 3000);
export function newBirthDate(fromYear = 1950): string {
  day += 1;
  const d = new Date(Date.UTC(fromYear, 0, 1) + (day % 12000) * 86_400_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** The divisions the tests use, as the division read model would hold them after community's events. */
export async function seedDivisions(app: TestService): Promise<void> {
  const rows: [string, string, string, string | null][] = [
    ['310000', '上海市', 'province', null],
    ['310104', '徐汇区', 'county', '310000'],
    ['310104003', '天平路街道', 'township', '310104'],
    ['310104004', '湖南路街道', 'township', '310104'],
    ['310115', '浦东新区', 'county', '310000'],
    ['310115001', '潍坊新村街道', 'township', '310115'],
  ];
  const db = app.app.get(DataSource);
  for (const [code, name, level, parent] of rows) {
    await db.query(
      `INSERT INTO assistance.division (code, name, level, parent_code, valid_from, status, last_event_id, updated_at) VALUES ($1, $2, $3, $4, '2016-07-22', 'active', '00000000-0000-4000-8000-000000000000', now()) ON CONFLICT (code) DO NOTHING`,
      [code, name, level, parent],
    );
  }
  await db.query(
    `INSERT INTO assistance.division (code, name, level, parent_code, valid_from, valid_to, status, last_event_id, updated_at) VALUES ('310104099', '已撤销街道', 'township', '310104', '2016-07-22', '2020-01-01', 'revoked', '00000000-0000-4000-8000-000000000000', now()) ON CONFLICT (code) DO NOTHING`,
  );
}

export function member(overrides: Partial<{ citizenId: string; name: string; relation: string; monthlyIncome: string; assets: string; disabilityGrade: number | null }> = {}) {
  return { citizenId: newCitizenId(newBirthDate()), name: '测试成员', relation: 'head', monthlyIncome: '0.00', assets: '0.00', ...overrides };
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
