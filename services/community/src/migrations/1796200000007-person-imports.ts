import { importTablesSql } from '@civic/bulk-import';
import { sqlMigration } from '@civic/platform';

/** 人房数据 批量导入: the import jobs of committees' files and their rows (libs/bulk-import's two tables). */
export const PersonImports1796200000007 = sqlMigration('PersonImports', 1796200000007, importTablesSql('person'), [
  'DROP TABLE person_import_row',
  'DROP TABLE person_import',
]);
