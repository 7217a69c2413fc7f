import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('registration', 1764400000000, divisionReadModelSql('registration'), [
  'DROP TABLE registration.division',
]);
