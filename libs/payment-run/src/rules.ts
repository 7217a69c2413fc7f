// The plain-TypeScript part of payment runs, for services' domain layers: no framework behind it.
export * from './domain/payment-run';
export * from './domain/payment-month';
export * from './domain/run-window';
export * from './domain/corrections';
export * from './application/payment-run-store';
