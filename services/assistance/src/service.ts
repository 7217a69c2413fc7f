import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The assistance service (社会救助 social assistance) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'assistance',
  schema: 'assistance',
  defaultPort: 3001,
  title: 'assistance service',
  description: '社会救助 social assistance.',
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
