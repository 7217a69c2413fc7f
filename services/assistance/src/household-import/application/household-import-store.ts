import { ImportJobStore } from '@civic/bulk-import';
import { ImportFields } from '../domain/import-rows';

/** Port: household import jobs (libs/bulk-import's store, a group per household). */
export type HouseholdImportStore = ImportJobStore<ImportFields>;
export const HOUSEHOLD_IMPORT_STORE = Symbol('HOUSEHOLD_IMPORT_STORE');
