import { AdoptionAssessmentCompleted, AdoptionRegistered, DeathRegistered, DivisionEstablished, DivisionRenamed, DivisionRevoked, MARRIAGE_EVENTS } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { AdoptionAssessmentsSubscriber } from './adoption/consumers/adoption-assessments.subscriber';
import { DeathsSubscriber } from './marriage/consumers/deaths.subscriber';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';
import { MarriageAgencies1764700000002 } from './migrations/1764700000002-marriage-agencies';
import { RegistrationTables1764700000000 } from './migrations/1764700000000-registration-tables';
import { AdoptionAndAppointments1764700000001 } from './migrations/1764700000001-adoption-and-appointments';

/** The registration service (婚姻登记与收养登记 marriage and adoption registration) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'registration',
  schema: 'registration',
  defaultPort: 3004,
  title: 'registration service',
  description: '婚姻登记与收养登记 marriage and adoption registration: marriages and certificates, divorce by agreement with the cooling-off period, marital status, adoptions, registry office appointments.',
  version: '0.2.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000, RegistrationTables1764700000000, AdoptionAndAppointments1764700000001, MarriageAgencies1764700000002],
  produces: [...MARRIAGE_EVENTS, AdoptionRegistered],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked, DeathRegistered, AdoptionAssessmentCompleted],
  subscribers: [DivisionEventsSubscriber, DeathsSubscriber, AdoptionAssessmentsSubscriber],
};
