import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { WorkstationCommands } from './application/workstation-commands';
import { WORKSTATION_QUERIES } from './application/workstation-queries';
import { WORKSTATION_REPOSITORY } from './domain/workstation.repository';
import { WorkstationsController } from './http/workstations.controller';
import { SqlWorkstationQueries } from './persistence/workstation.queries';
import { SqlWorkstationRepository } from './persistence/sql-workstation.repository';

/** 未成年人保护工作站, in the one module pattern. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [WorkstationsController],
  providers: [
    WorkstationCommands,
    { provide: WORKSTATION_REPOSITORY, useClass: SqlWorkstationRepository },
    { provide: WORKSTATION_QUERIES, useClass: SqlWorkstationQueries },
  ],
  exports: [WORKSTATION_REPOSITORY, WORKSTATION_QUERIES],
})
export class WorkstationModule {}
