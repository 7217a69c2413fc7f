import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The eldercare service (养老服务 elder care services) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'eldercare',
  schema: 'eldercare',
  defaultPort: 3002,
  title: 'eldercare service',
  description: '养老服务 elder care services.',
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
