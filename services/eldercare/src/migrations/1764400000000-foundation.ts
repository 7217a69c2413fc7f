import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('eldercare', 1764400000000, divisionReadModelSql('eldercare'), ['DROP TABLE eldercare.division']);
