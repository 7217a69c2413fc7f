export * from './rules';
export * from './agency/domain/agency';
export * from './agency/application/agency-commands';
export * from './agency/agency-registry.module';
export * from './supervision-tables-sql';
