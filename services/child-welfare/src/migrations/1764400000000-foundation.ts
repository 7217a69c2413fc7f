import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('child_welfare', 1764400000000, divisionReadModelSql('child_welfare'), [
  'DROP TABLE child_welfare.division',
]);
