import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { FacilityCommands } from './application/facility-commands';
import { FACILITY_QUERIES } from './application/facility-queries';
import { FACILITY_REPOSITORY } from './domain/facility.repository';
import { FacilitiesController } from './http/facilities.controller';
import { SqlFacilityQueries } from './persistence/facility.queries';
import { SqlFacilityRepository } from './persistence/sql-facility.repository';

/** 养老服务设施, in the one module pattern (docs/architecture.md). */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [FacilitiesController],
  providers: [FacilityCommands, { provide: FACILITY_REPOSITORY, useClass: SqlFacilityRepository }, { provide: FACILITY_QUERIES, useClass: SqlFacilityQueries }],
  exports: [FacilityCommands, FACILITY_QUERIES, FACILITY_REPOSITORY],
})
export class FacilityModule {}
