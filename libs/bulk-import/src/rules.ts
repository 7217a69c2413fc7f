// The plain-TypeScript part of bulk imports, for services' domain layers: no framework behind it.
export * from './domain/import-job';
export * from './domain/import-file';
export * from './domain/import-job.repository';
