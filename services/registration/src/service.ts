import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';

/** The registration service (婚姻登记与收养登记 marriage and adoption registration) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'registration',
  schema: 'registration',
  defaultPort: 3004,
  title: 'registration service',
  description: '婚姻登记与收养登记 marriage and adoption registration.',
  version: '0.1.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
  subscribers: [DivisionEventsSubscriber],
};
