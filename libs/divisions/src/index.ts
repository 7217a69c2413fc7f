export * from './division-view.entity';
export * from './division-read-model-sql';
export * from './division-events.consumer';
export * from './division-directory';
export * from './division.dto';
export * from './divisions.module';
