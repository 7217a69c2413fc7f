// Monthly payment runs (发放), shared by assistance's benefits and child welfare's allowances.
export * from './domain/payment-run';
export * from './domain/payment-month';
export * from './domain/run-window';
export * from './domain/corrections';
export * from './application/payment-run-store';
export * from './application/payment-run-options';
export * from './application/payment-run-worker';
export * from './application/payment-run-view';
export * from './application/start-payment-run';
export * from './application/run-completed';
export * from './persistence/sql-payment-run-store';
export * from './persistence/sql-run-views';
export * from './http/payment-run.dto';
export * from './application/payment-run-metrics';
