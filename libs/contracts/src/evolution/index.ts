export * from './schema-compatibility';
export * from './openapi-breaking-changes';
export * from './event-breaking-changes';
export * from './version-bump';
