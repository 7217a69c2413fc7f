export * from './cloud-event';
export * from './schema-sql';
export * from './outbox/outbox-writer';
export * from './outbox/outbox-relay';
export * from './consumer/event-consumer';
export * from './kafka/kafka-gateway';
export * from './trace-context';
export * from './consumer/transient-failure';
