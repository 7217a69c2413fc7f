import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The child-welfare service (未成年人保护与儿童福利 minors' protection and child welfare) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'child-welfare',
  schema: 'child_welfare',
  defaultPort: 3003,
  title: 'child-welfare service',
  description: "未成年人保护与儿童福利 minors' protection and child welfare.",
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
