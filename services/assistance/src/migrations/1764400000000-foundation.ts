import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('assistance', 1764400000000, divisionReadModelSql('assistance'), ['DROP TABLE assistance.division']);
