import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { CharitableTrustModule } from './charitable-trust/charitable-trust.module';
import { DonationModule } from './donation/donation.module';
import { FundraisingPlanModule } from './fundraising-plan/fundraising-plan.module';
import { IllegalOrganisationModule } from './illegal-organisation/illegal-organisation.module';
import { OrganisationModule } from './organisation/organisation.module';
import { service } from './service';
import { StatisticsModule } from './statistics/statistics.module';
import { SupermarketModule } from './supermarket/supermarket.module';
import { VolunteerModule } from './volunteer/volunteer.module';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    OrganisationModule,
    FundraisingPlanModule,
    CharitableTrustModule,
    DonationModule,
    SupermarketModule,
    VolunteerModule,
    IllegalOrganisationModule,
    StatisticsModule,
  ],
})
export class AppModule {}
