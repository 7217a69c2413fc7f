import { Module } from '@nestjs/common';
import { BenefitCommands } from './application/benefit-commands';
import { BenefitLifeEvents } from './application/benefit-life-events';
import { BenefitLifeEventsConsumer } from './consumers/life-events.consumer';
import { BENEFIT_QUERIES } from './application/benefit-queries';
import { SqlBenefitQueries } from './persistence/benefit.queries';
import { BENEFIT_REPOSITORY } from './domain/benefit.repository';
import { BenefitsController } from './http/benefits.controller';
import { SqlBenefitRepository } from './persistence/sql-benefit.repository';

@Module({
  controllers: [BenefitsController, BenefitLifeEventsConsumer],
  providers: [
    BenefitCommands,
    { provide: BENEFIT_QUERIES, useClass: SqlBenefitQueries },
    BenefitLifeEvents,
    { provide: BENEFIT_REPOSITORY, useClass: SqlBenefitRepository },
  ],
  exports: [BENEFIT_REPOSITORY, BenefitCommands],
})
export class BenefitModule {}
