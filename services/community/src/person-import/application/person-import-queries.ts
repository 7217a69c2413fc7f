/** Query port: a community cloud import's progress and per-row report (libs/bulk-import's `ImportJobQueries`). */
export const PERSON_IMPORT_QUERIES = Symbol('PERSON_IMPORT_QUERIES');
