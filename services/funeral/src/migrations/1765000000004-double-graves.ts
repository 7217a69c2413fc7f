import { sqlMigration } from '@civic/platform';

/** 双穴合葬: a double grave takes a couple; the spouse joins the first buried, and nobody is buried twice. */
export const DoubleGraves1765000000004 = sqlMigration(
  'DoubleGraves',
  1765000000004,
  [
    `ALTER TABLE plot ADD COLUMN capacity smallint NOT NULL DEFAULT 1 CHECK (capacity IN (1, 2)),
                      ADD COLUMN companion_death_record_id uuid REFERENCES death_record (id), ADD COLUMN companion_assigned_on date`,
    `ALTER TABLE plot ADD CONSTRAINT plot_companion_in_double CHECK (companion_death_record_id IS NULL OR (capacity = 2 AND death_record_id IS NOT NULL))`,
    `CREATE UNIQUE INDEX plot_one_per_companion ON plot (companion_death_record_id) WHERE companion_death_record_id IS NOT NULL`,
  ],
  [
    `DROP INDEX plot_one_per_companion`,
    `ALTER TABLE plot DROP CONSTRAINT plot_companion_in_double, DROP COLUMN companion_assigned_on, DROP COLUMN companion_death_record_id, DROP COLUMN capacity`,
  ],
);
