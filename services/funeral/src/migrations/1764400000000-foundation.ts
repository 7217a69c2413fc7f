import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('funeral', 1764400000000, divisionReadModelSql('funeral'), ['DROP TABLE funeral.division']);
