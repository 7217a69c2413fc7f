import { Module } from '@nestjs/common';
import { DonationModule } from '../donation/donation.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { EligibilityFromBenefits } from './application/eligibility-from-benefits';
import { SupermarketCommands } from './application/supermarket-commands';
import { SUPERMARKET_QUERIES } from './application/supermarket-queries';
import { BenefitsConsumer } from './consumers/benefits.consumer';
import { ELIGIBILITY_REPOSITORY } from './domain/eligibility.repository';
import { SUPERMARKET_REPOSITORY } from './domain/supermarket.repository';
import { SupermarketsController } from './http/supermarkets.controller';
import { SqlEligibilityRepository } from './persistence/sql-eligibility.repository';
import { SqlSupermarketRepository } from './persistence/sql-supermarket.repository';
import { SqlSupermarketQueries } from './persistence/supermarket.queries';

/** 慈善超市: outlets stocked from donated goods; eligibility from assistance's 低保 and 特困 benefits. */
@Module({
  imports: [OrganisationModule, DonationModule],
  controllers: [SupermarketsController, BenefitsConsumer],
  providers: [
    SupermarketCommands,
    EligibilityFromBenefits,
    { provide: SUPERMARKET_REPOSITORY, useClass: SqlSupermarketRepository },
    { provide: ELIGIBILITY_REPOSITORY, useClass: SqlEligibilityRepository },
    { provide: SUPERMARKET_QUERIES, useClass: SqlSupermarketQueries },
  ],
})
export class SupermarketModule {}
