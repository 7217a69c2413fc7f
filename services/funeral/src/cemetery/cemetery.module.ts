import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { DeathRecordModule } from '../death-record/death-record.module';
import { CemeteryCommands } from './application/cemetery-commands';
import { CEMETERY_QUERIES, PLOT_DIVISIONS } from './application/cemetery-queries';
import { CEMETERY_REPOSITORY } from './domain/cemetery.repository';
import { CemeteriesController } from './http/cemeteries.controller';
import { SqlCemeteryQueries, SqlPlotDivisions } from './persistence/cemetery.queries';
import { SqlCemeteryRepository } from './persistence/sql-cemetery.repository';

@Module({
  imports: [DivisionReadModelModule, DeathRecordModule],
  controllers: [CemeteriesController],
  exports: [CEMETERY_REPOSITORY],
  providers: [
    CemeteryCommands,
    { provide: CEMETERY_REPOSITORY, useClass: SqlCemeteryRepository },
    { provide: CEMETERY_QUERIES, useClass: SqlCemeteryQueries },
    { provide: PLOT_DIVISIONS, useClass: SqlPlotDivisions },
  ],
})
export class CemeteryModule {}
