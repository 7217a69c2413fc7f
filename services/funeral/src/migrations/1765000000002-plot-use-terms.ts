import { sqlMigration } from '@civic/platform';

/**
 * 使用年限: a grave or a niche is used for a term from the burial (20 years, the term the city's
 * cemeteries contract; renewed by the family after), as data of the burial rule; each assigned
 * place keeps the day its term ends, so the ones ending soon can be listed for the reminder.
 */
export const PlotUseTerms1765000000002 = sqlMigration(
  'PlotUseTerms',
  1765000000002,
  [
    `ALTER TABLE burial_rule ADD COLUMN use_term_years smallint NOT NULL DEFAULT 20 CHECK (use_term_years BETWEEN 1 AND 100),
                             ADD COLUMN use_term_burial_types varchar(20)[] NOT NULL DEFAULT ARRAY['plot', 'wall-niche']`,
    `ALTER TABLE plot ADD COLUMN use_term_ends_on date`,
    `UPDATE plot p SET use_term_ends_on = p.assigned_on + make_interval(years => 20)
     FROM cemetery_zone z WHERE z.id = p.zone_id AND p.assigned_on IS NOT NULL AND z.burial_type IN ('plot', 'wall-niche')`,
    `CREATE INDEX plot_use_term_ends ON plot (use_term_ends_on) WHERE use_term_ends_on IS NOT NULL`,
  ],
  [
    `DROP INDEX plot_use_term_ends`,
    `ALTER TABLE plot DROP COLUMN use_term_ends_on`,
    `ALTER TABLE burial_rule DROP COLUMN use_term_burial_types, DROP COLUMN use_term_years`,
  ],
);
