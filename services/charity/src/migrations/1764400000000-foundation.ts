import { divisionReadModelSql } from '@civic/divisions';
import { foundationMigration } from '@civic/platform';

export const Foundation1764400000000 = foundationMigration('charity', 1764400000000, divisionReadModelSql('charity'), ['DROP TABLE charity.division']);
