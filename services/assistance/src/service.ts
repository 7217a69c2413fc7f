import {
  AdoptionRegistered,
  ApplicationDecided,
  ApplicationStatusChanged,
  ApplicationSubmitted,
  BENEFIT_EVENTS,
  DeathRegistered,
  DivorceRegistered,
  MarriageRegistered,
  DivisionEstablished,
  DivisionRenamed,
  DivisionRevoked,
  LeadCreated,
  PaymentRunCompleted,
  PersonTagged,
  StandardAdjusted,
} from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { BenefitLifeEventsSubscriber } from './benefit/consumers/life-events.subscriber';
import { PersonFactsSubscriber } from './lead/consumers/person-facts.subscriber';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';
import { AssistanceTables1764500000000 } from './migrations/1764500000000-assistance-tables';
import { SeedProgrammes1764500000001 } from './migrations/1764500000001-seed-programmes';
import { MarriageLeadRules1764500000002 } from './migrations/1764500000002-marriage-lead-rules';

/** The assistance service (社会救助 social assistance) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'assistance',
  schema: 'assistance',
  defaultPort: 3001,
  title: 'assistance service',
  description:
    '社会救助 social assistance: households (家庭), programmes (救助项目) and standards (保障标准), applications through verification, community review, ' +
    'public notice (公示) and decision, benefits, monthly payment runs (发放), price-linked subsidies (价格临时补贴), proactive identification (政策找人), ' +
    'homeless rescue (流浪乞讨救助) and statistics (民政统计).',
  version: '0.2.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000, AssistanceTables1764500000000, SeedProgrammes1764500000001, MarriageLeadRules1764500000002],
  produces: [ApplicationSubmitted, ApplicationStatusChanged, ApplicationDecided, ...BENEFIT_EVENTS, StandardAdjusted, PaymentRunCompleted, LeadCreated],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked, DeathRegistered, PersonTagged, MarriageRegistered, DivorceRegistered, AdoptionRegistered],
  subscribers: [DivisionEventsSubscriber, PersonFactsSubscriber, BenefitLifeEventsSubscriber],
};
