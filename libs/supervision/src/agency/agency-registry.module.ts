import { DivisionReadModelModule } from '@civic/divisions';
import { DynamicModule, Module } from '@nestjs/common';
import { AgencyCommands } from './application/agency-commands';
import { AGENCY_QUERIES } from './application/agency-queries';
import { AGENCY_REPOSITORY } from './domain/agency.repository';
import { agencyRegistryController, AgencyRegistryOptions } from './http/agency-registry.controller';
import { SqlAgencyQueries } from './persistence/agency.queries';
import { SqlAgencyRepository } from './persistence/sql-agency.repository';

@Module({})
export class AgencyRegistryModule {
  /** An agency registry at /api/v1/<path>; its tables come from agencyRegistryTablesSql in the service's migration. */
  static register(options: AgencyRegistryOptions): DynamicModule {
    return {
      module: AgencyRegistryModule,
      imports: [DivisionReadModelModule],
      controllers: [agencyRegistryController(options)],
      providers: [AgencyCommands, { provide: AGENCY_REPOSITORY, useClass: SqlAgencyRepository }, { provide: AGENCY_QUERIES, useClass: SqlAgencyQueries }],
    };
  }
}
