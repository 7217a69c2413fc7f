import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { BenefitModule } from './benefit/benefit.module';
import { HouseholdImportModule } from './household-import/household-import.module';
import { HouseholdModule } from './household/household.module';
import { LeadModule } from './lead/lead.module';
import { PaymentRunModule } from './payment-run/payment-run.module';
import { PriceSubsidyModule } from './price-subsidy/price-subsidy.module';
import { ProgrammeModule } from './programme/programme.module';
import { RescueModule } from './rescue/rescue.module';
import { service } from './service';
import { StatisticsModule } from './statistics/statistics.module';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    HouseholdModule,
    ProgrammeModule,
    BenefitModule,
    ApplicationsModule,
    PaymentRunModule,
    LeadModule,
    PriceSubsidyModule,
    RescueModule,
    StatisticsModule,
    HouseholdImportModule,
  ],
})
export class AppModule {}
