export * from './event-contract';
export * from './registry';
export * from './asyncapi';
export * from './community/division-events';
