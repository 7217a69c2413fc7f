import { sqlMigration } from '@civic/platform';

/** 农村公益性骨灰堂 as a kind of cemetery. */
export const RuralColumbaria1764900000000 = sqlMigration(
  'RuralColumbaria',
  1764900000000,
  [
    `ALTER TABLE cemetery DROP CONSTRAINT cemetery_kind_check`,
    `ALTER TABLE cemetery ADD CONSTRAINT cemetery_kind_check CHECK (kind IN ('commercial', 'public-interest', 'rural-columbarium'))`,
  ],
  [
    `ALTER TABLE cemetery DROP CONSTRAINT cemetery_kind_check`,
    `ALTER TABLE cemetery ADD CONSTRAINT cemetery_kind_check CHECK (kind IN ('commercial', 'public-interest'))`,
  ],
);
