import { sqlMigration } from '@civic/platform';

/**
 * The five programmes with example rules and standards (DOMAIN.md section 1; figures are examples
 * that operators change through the API, never code): 低保 1,330 yuan from 2021-07-01 and 1,420 from
 * 2022-07-01; 特困 at 1.3 times 低保; 支出型 up to twice 低保; 两项补贴 per eligible member.
 */
const programmes = [
  {
    code: 'dibao',
    zh: '最低生活保障',
    en: 'Minimum living allowance',
    amount: { kind: 'gap' },
    eligibility: [
      { fact: 'per-capita-income', atMostPercentOfStandard: 100 },
      { fact: 'per-capita-assets', atMostYuan: '50000' },
    ],
    limits: { submitted: 5, verifying: 15, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 },
    exclusive: true,
    standards: [
      ['2021-07-01', 133000],
      ['2022-07-01', 142000],
    ],
  },
  {
    code: 'tekun',
    zh: '特困人员救助供养',
    en: 'Extreme-poverty support',
    amount: { kind: 'per-member' },
    eligibility: [
      { fact: 'per-capita-income', atMostPercentOfStandard: 100 },
      { fact: 'household-size', atMost: 1 },
      { fact: 'every-member-unable-to-work', ageAtLeast: 60, ageBelow: 16, disabilityGrades: [1, 2] },
    ],
    limits: { submitted: 5, verifying: 15, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 },
    exclusive: true,
    standards: [
      ['2021-07-01', 172900],
      ['2022-07-01', 184600],
    ],
  },
  {
    code: 'zhichuxing',
    zh: '支出型贫困生活救助',
    en: 'Expenditure-type poverty relief',
    amount: { kind: 'gap' },
    eligibility: [
      { fact: 'per-capita-income-after-essential-spending', atMostPercentOfStandard: 50 },
      { fact: 'per-capita-assets', atMostYuan: '50000' },
    ],
    limits: { submitted: 5, verifying: 20, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 },
    exclusive: true,
    standards: [['2022-07-01', 284000]],
  },
  {
    code: 'linshi',
    zh: '临时救助',
    en: 'Temporary assistance',
    amount: { kind: 'one-off', maxYuan: '20000' },
    eligibility: [{ fact: 'per-capita-assets', atMostYuan: '50000' }],
    limits: { submitted: 3, verifying: 7, 'community-review': 5, 'public-notice': 10, 'awaiting-decision': 5 },
    exclusive: false,
    standards: [],
  },
  {
    code: 'canji-shenghuo',
    zh: '困难残疾人生活补贴',
    en: 'Living subsidy for disabled people in difficulty',
    amount: { kind: 'per-eligible-member', disabilityGrades: [1, 2, 3, 4] },
    eligibility: [
      { fact: 'members-with-disability', grades: [1, 2, 3, 4], atLeast: 1 },
      { fact: 'per-capita-income', atMostPercentOfStandard: 200 },
    ],
    limits: { submitted: 5, verifying: 15, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 },
    exclusive: true,
    standards: [['2022-07-01', 71000]],
  },
  {
    code: 'canji-huli',
    zh: '重度残疾人护理补贴',
    en: 'Nursing subsidy for severely disabled people',
    amount: { kind: 'per-eligible-member', disabilityGrades: [1, 2] },
    eligibility: [{ fact: 'members-with-disability', grades: [1, 2], atLeast: 1 }],
    limits: { submitted: 5, verifying: 15, 'community-review': 10, 'public-notice': 10, 'awaiting-decision': 10 },
    exclusive: true,
    standards: [['2022-07-01', 30000]],
  },
];

const literal = (v: unknown) => `'${JSON.stringify(v).replace(/'/g, "''")}'`;

export const SeedProgrammes1764500000001 = sqlMigration(
  'SeedProgrammes',
  1764500000001,
  programmes.flatMap((p) => [
    `INSERT INTO programme (code, name_zh, name_en, amount_rule, eligibility, stage_limit_days, one_active_per_household)
     VALUES ('${p.code}', '${p.zh}', '${p.en}', ${literal(p.amount)}, ${literal(p.eligibility)}, ${literal(p.limits)}, ${p.exclusive})`,
    ...p.standards.map(
      ([from, fen]) => `INSERT INTO standard (programme_code, effective_from, amount_fen, recorded_by) VALUES ('${p.code}', '${from}', ${fen}, 'seed')`,
    ),
  ]),
  ['DELETE FROM standard', 'DELETE FROM programme'],
);
