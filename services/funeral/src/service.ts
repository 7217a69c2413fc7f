import { BenefitGranted, BenefitTerminated, DEATH_RECORD_EVENTS, DivisionEstablished, DivisionRenamed, DivisionRevoked, PlotAssigned } from '@civic/contracts';
import { DivisionEventsSubscriber, DivisionView } from '@civic/divisions';
import { ServiceDefinition } from '@civic/platform';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';
import { FuneralAgencies1764600000002 } from './migrations/1764600000002-funeral-agencies';
import { FuneralTables1764600000000 } from './migrations/1764600000000-funeral-tables';
import { Charges1764600000001 } from './migrations/1764600000001-charges';
import { BenefitsSubscriber } from './charges/consumers/benefits.subscriber';

/** The funeral service (殡葬 funeral and burial) as the platform sees it. */
export const service: ServiceDefinition = {
  name: 'funeral',
  schema: 'funeral',
  defaultPort: 3005,
  title: 'funeral service',
  description: '殡葬 funeral and burial: death and cremation records (死亡登记, 火化), cemeteries, zones and plots (公墓, 墓区, 墓穴), tomb-sweeping reservations (清明/冬至祭扫预约), the price catalogue with the basic-service waiver (惠民) and eco-burial subsidies.',
  version: '0.2.0',
  entities: [DivisionView],
  migrations: [Foundation1764400000000, FuneralTables1764600000000, Charges1764600000001, FuneralAgencies1764600000002],
  produces: [...DEATH_RECORD_EVENTS, PlotAssigned],
  consumes: [DivisionEstablished, DivisionRenamed, DivisionRevoked, BenefitGranted, BenefitTerminated],
  subscribers: [DivisionEventsSubscriber, BenefitsSubscriber],
};
