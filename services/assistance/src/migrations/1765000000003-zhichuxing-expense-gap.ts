import { sqlMigration } from '@civic/platform';

/**
 * 支出型贫困生活救助: the household's income less its essential medical and education spending
 * (刚性支出) against half the programme's standard (the 低保 line), rather than the plain 低保 gap
 * on the higher standard. The share is the programme's data.
 */
export const ZhichuxingExpenseGap1765000000003 = sqlMigration(
  'ZhichuxingExpenseGap',
  1765000000003,
  [
    `UPDATE programme SET amount_rule = '{"kind": "gap-after-essential-spending", "percentOfStandard": 50}'::jsonb, version = version + 1
     WHERE code = 'zhichuxing' AND amount_rule->>'kind' = 'gap'`,
  ],
  [`UPDATE programme SET amount_rule = '{"kind": "gap"}'::jsonb WHERE code = 'zhichuxing'`],
);
