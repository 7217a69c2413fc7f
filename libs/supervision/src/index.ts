export * from './agency-rules';
export * from './agency-registry';
export * from './agency-registry.module';
export * from './supervision-tables-sql';
