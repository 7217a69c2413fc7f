import { Module } from '@nestjs/common';
import { FundraisingPlanModule } from '../fundraising-plan/fundraising-plan.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { DonationCommands } from './application/donation-commands';
import { DONATION_QUERIES } from './application/donation-queries';
import { DONATION_REPOSITORY } from './domain/donation.repository';
import { DonationsController } from './http/donations.controller';
import { SqlDonationQueries } from './persistence/donation.queries';
import { SqlDonationRepository } from './persistence/sql-donation.repository';

/** 社会捐赠: donations with gapless receipts; goods donations stock the charity supermarkets. */
@Module({
  imports: [OrganisationModule, FundraisingPlanModule],
  controllers: [DonationsController],
  providers: [DonationCommands, { provide: DONATION_REPOSITORY, useClass: SqlDonationRepository }, { provide: DONATION_QUERIES, useClass: SqlDonationQueries }],
  exports: [DONATION_REPOSITORY],
})
export class DonationModule {}
