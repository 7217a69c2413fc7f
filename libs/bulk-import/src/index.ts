// Bulk imports (批量导入) of CSV files as background jobs with progress and a per-row report, shared by services.
export * from './domain/import-job';
export * from './domain/import-file';
export * from './domain/import-job.repository';
export * from './application/import-job-queries';
export * from './application/bulk-import-worker';
export * from './application/refusal';
export * from './application/start-import';
export * from './persistence/sql-import-job.repository';
export * from './persistence/import-job.queries';
export * from './http/import-job.dto';
