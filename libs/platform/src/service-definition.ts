import type { EventContract, ServiceName } from '@civic/contracts';
import type { Type } from '@nestjs/common';
import type { EventSubscriber } from './messaging/event-subscriber';

/** What a service tells the platform about itself; everything else is the same in every service. */
export interface ServiceDefinition {
  name: ServiceName;
  /** Its Postgres schema (snake_case of the name). */
  schema: string;
  defaultPort: number;
  title: string;
  description: string;
  version: string;
  /** TypeORM entities and migrations of the service. */
  entities: Function[];
  migrations: Function[];
  /** Integration events it produces and consumes (for AsyncAPI, topic creation and checks). */
  produces?: EventContract[];
  consumes?: EventContract[];
  /** Providers that consume events; each is one consumer group. */
  subscribers?: Type<EventSubscriber>[];
}
