import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { FacilityModule } from '../facility/facility.module';
import { BedCommands } from './application/bed-commands';
import { BED_QUERIES, RESIDENCY_QUERIES } from './application/bed-queries';
import { ResidencyCommands } from './application/residency-commands';
import { BED_REPOSITORY } from './domain/bed.repository';
import { BedsController } from './http/beds.controller';
import { ResidentsController } from './http/residents.controller';
import { SqlBedQueries, SqlResidencyQueries } from './persistence/bed.queries';
import { SqlBedRepository } from './persistence/sql-bed.repository';

/** 床位 and 入住: beds, family care beds and their residents, in the one module pattern. */
@Module({
  imports: [DivisionReadModelModule, FacilityModule],
  controllers: [BedsController, ResidentsController],
  providers: [
    BedCommands,
    ResidencyCommands,
    { provide: BED_REPOSITORY, useClass: SqlBedRepository },
    { provide: BED_QUERIES, useClass: SqlBedQueries },
    { provide: RESIDENCY_QUERIES, useClass: SqlResidencyQueries },
  ],
  exports: [ResidencyCommands, BED_REPOSITORY, BED_QUERIES, RESIDENCY_QUERIES],
})
export class BedModule {}
