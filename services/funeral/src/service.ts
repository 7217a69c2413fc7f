import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The funeral service (殡葬 funeral and burial) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'funeral',
  schema: 'funeral',
  defaultPort: 3005,
  title: 'funeral service',
  description: '殡葬 funeral and burial.',
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
