import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { service } from './service';
import { BedModule } from './bed/bed.module';
import { CareAssessmentModule } from './care-assessment/care-assessment.module';
import { VisitTaskModule } from './visit-task/visit-task.module';
import { WaitingListModule } from './waiting-list/waiting-list.module';
import { FacilityModule } from './facility/facility.module';
import { MealModule } from './meal/meal.module';
import { CareWorkerModule } from './care-worker/care-worker.module';
import { InspectionModule } from './inspection/inspection.module';
import { EldercareStatisticsModule } from './statistics/statistics.module';
import { HomeAdaptationModule } from './home-adaptation/home-adaptation.module';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    FacilityModule,
    BedModule,
    CareAssessmentModule,
    WaitingListModule,
    VisitTaskModule,
    HomeAdaptationModule,
    MealModule,
    CareWorkerModule,
    InspectionModule,
    EldercareStatisticsModule,
  ],
})
export class AppModule {}
