import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module';
import { PriceSubsidyCommands } from './application/price-subsidy-commands';
import { PriceSubsidiesController } from './http/price-subsidies.controller';
import { PRICE_SUBSIDY_QUERIES } from './application/price-subsidy-queries';
import { PRICE_SUBSIDY_REPOSITORY } from './domain/price-subsidy.repository';
import { SqlPriceSubsidyQueries } from './persistence/price-subsidy.queries';
import { SqlPriceSubsidyRepository } from './persistence/sql-price-subsidy.repository';

@Module({
  imports: [ProgrammeModule],
  controllers: [PriceSubsidiesController],
  providers: [
    PriceSubsidyCommands,
    { provide: PRICE_SUBSIDY_REPOSITORY, useClass: SqlPriceSubsidyRepository },
    { provide: PRICE_SUBSIDY_QUERIES, useClass: SqlPriceSubsidyQueries },
  ],
})
export class PriceSubsidyModule {}
