import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { service } from './service';
import { WorkstationModule } from './workstation/workstation.module';
import { ChildModule } from './child/child.module';
import { ProtectionCaseModule } from './protection-case/protection-case.module';
import { LifeEventsModule } from './life-events/life-events.module';
import { AdoptionAssessmentModule } from './adoption-assessment/adoption-assessment.module';
import { ResettlementModule } from './resettlement/resettlement.module';
import { AllowanceModule } from './allowance/allowance.module';
import { AllowanceRunModule } from './allowance-run/allowance-run.module';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    WorkstationModule,
    ChildModule,
    ProtectionCaseModule,
    LifeEventsModule,
    AdoptionAssessmentModule,
    ResettlementModule,
    AllowanceModule,
    AllowanceRunModule,
  ],
})
export class AppModule {}
