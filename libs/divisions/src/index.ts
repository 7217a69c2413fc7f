export * from './application/division-read-model';
export * from './application/division-directory';
export * from './persistence/division-read-model-sql';
export * from './consumers/division-events.consumer';
export * from './http/division.dto';
export * from './divisions.module';
