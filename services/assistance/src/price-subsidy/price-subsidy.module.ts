import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module';
import { PriceSubsidyCommands } from './application/price-subsidy-commands';
import { PriceSubsidiesController } from './http/price-subsidies.controller';
import { PriceSubsidyStore } from './persistence/price-subsidy.store';

@Module({
  imports: [ProgrammeModule],
  controllers: [PriceSubsidiesController],
  providers: [PriceSubsidyStore, PriceSubsidyCommands],
})
export class PriceSubsidyModule {}
