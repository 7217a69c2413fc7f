import { Module } from '@nestjs/common';
import { FacilityModule } from '../facility/facility.module';
import { InspectionCommands } from './application/inspection-commands';
import { INSPECTION_QUERIES } from './application/inspection-queries';
import { OVERDUE_SWEEP_MS, OverdueRectificationWorker } from './application/overdue-rectification-worker';
import { INSPECTION_REPOSITORY } from './domain/inspection.repository';
import { InspectionsController } from './http/inspections.controller';
import { SqlInspectionQueries } from './persistence/inspection.queries';
import { SqlInspectionRepository } from './persistence/sql-inspection.repository';

/** 综合监管, in the one module pattern: inspections, rectifications, and the daily sweep of overdue ones. */
@Module({
  imports: [FacilityModule],
  controllers: [InspectionsController],
  providers: [
    InspectionCommands,
    OverdueRectificationWorker,
    { provide: OVERDUE_SWEEP_MS, useValue: 3_600_000 },
    { provide: INSPECTION_REPOSITORY, useClass: SqlInspectionRepository },
    { provide: INSPECTION_QUERIES, useClass: SqlInspectionQueries },
  ],
})
export class InspectionModule {}
