import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { BenefitModule } from './benefit/benefit.module';
import { HouseholdModule } from './household/household.module';
import { LeadModule } from './lead/lead.module';
import { PaymentRunModule } from './payment-run/payment-run.module';
import { PriceSubsidyModule } from './price-subsidy/price-subsidy.module';
import { ProgrammeModule } from './programme/programme.module';
import { service } from './service';

@Module({ imports: [PlatformModule.forService(service), DivisionReadModelModule, HouseholdModule, ProgrammeModule, BenefitModule, ApplicationsModule, PaymentRunModule, LeadModule, PriceSubsidyModule] })
export class AppModule {}
