/** Query port: a household import's progress and per-row report (libs/bulk-import's `ImportJobQueries`). */
export const HOUSEHOLD_IMPORT_QUERIES = Symbol('HOUSEHOLD_IMPORT_QUERIES');
