import { ImportJobRepository } from '@civic/bulk-import/rules';
import { ImportFields } from './import-rows';

/** Port: household import jobs and their rows (libs/bulk-import's repository, a group per household). */
export type HouseholdImportRepository = ImportJobRepository<ImportFields>;
export const HOUSEHOLD_IMPORT_REPOSITORY = Symbol('HOUSEHOLD_IMPORT_REPOSITORY');
