export * from './infrastructure';
export * from './postgres-launcher';
export * from './kafka-launcher';
export * from './free-port';
export * from './repo-root';
export * from './eventually';
export * from './service-harness';
export * from './fresh-database';
