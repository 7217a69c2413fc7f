import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { ServiceDefinition } from '@civic/platform';
import { DivisionHistoryRecord, DivisionRecord } from './division/persistence/division.entity';
import { Foundation1764400000000 } from './migrations/1764400000000-foundation';
import { SeedCityAndDistricts1764400000001 } from './migrations/1764400000001-seed-city-and-districts';

/** The community service (基层治理: divisions, community cloud, service items, workers). */
export const service: ServiceDefinition = {
  name: 'community',
  schema: 'community',
  defaultPort: 3006,
  title: 'community service',
  description: '基层治理 community governance: administrative divisions (行政区划), the authoritative register other services copy.',
  version: '0.1.0',
  entities: [DivisionRecord, DivisionHistoryRecord],
  migrations: [Foundation1764400000000, SeedCityAndDistricts1764400000001],
  produces: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
};
