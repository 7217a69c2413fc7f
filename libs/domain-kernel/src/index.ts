export * from './domain-error';
export * from './clock';
export * from './business-date';
export * from './citizen-id';
export * from './uscc';
export * from './division-code';
export * from './money';
export * from './error-code-of';
