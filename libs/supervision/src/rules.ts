/** The plain-TypeScript rules of supervision, for a service's domain layer (no Nest, no SQL behind this entry). */
export * from './agency/domain/agency-rules';
export * from './rectification/rectification-rules';
