import { ImportJobRepository } from '@civic/bulk-import/rules';
import { PersonImportFields } from './person-import-rows';

/** Port: community cloud import jobs and their rows (libs/bulk-import's repository, a group per dwelling). */
export type PersonImportRepository = ImportJobRepository<PersonImportFields>;
export const PERSON_IMPORT_REPOSITORY = Symbol('PERSON_IMPORT_REPOSITORY');
