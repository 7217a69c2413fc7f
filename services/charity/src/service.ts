import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The charity service (社会组织、慈善与志愿服务 social organisations, charity and volunteering) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'charity',
  schema: 'charity',
  defaultPort: 3007,
  title: 'charity service',
  description: '社会组织、慈善与志愿服务 social organisations, charity and volunteering.',
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
