export * from './division-view.entity';
export * from './division-read-model-sql';
export * from './division-events.subscriber';
export * from './division-directory';
export * from './division.dto';
export * from './divisions.module';
