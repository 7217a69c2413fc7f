import { sqlMigration } from '@civic/platform';

/**
 * 低保, 特困 and 支出型 are held one at a time per household (DOMAIN.md section 1); where a household
 * qualifies for two, 特困 applies before 低保 before 支出型. Data on the programme, guarded on the
 * benefits by a unique key so two grants cannot race past it.
 */
export const SubsistenceProgrammesExclusive1764900000001 = sqlMigration(
  'SubsistenceProgrammesExclusive',
  1764900000001,
  [
    `ALTER TABLE programme ADD COLUMN exclusion_group varchar(30), ADD COLUMN precedence integer`,
    `UPDATE programme SET exclusion_group = 'subsistence', precedence = CASE code WHEN 'tekun' THEN 1 WHEN 'dibao' THEN 2 ELSE 3 END
     WHERE code IN ('tekun', 'dibao', 'zhichuxing')`,
    `ALTER TABLE benefit ADD COLUMN exclusion_group varchar(30)`,
    `UPDATE benefit b SET exclusion_group = p.exclusion_group FROM programme p WHERE p.code = b.programme_code`,
    `CREATE UNIQUE INDEX benefit_one_per_exclusion_group ON benefit (household_id, exclusion_group) WHERE exclusion_group IS NOT NULL AND status <> 'terminated'`,
  ],
  [
    `DROP INDEX benefit_one_per_exclusion_group`,
    `ALTER TABLE benefit DROP COLUMN exclusion_group`,
    `ALTER TABLE programme DROP COLUMN exclusion_group, DROP COLUMN precedence`,
  ],
);
