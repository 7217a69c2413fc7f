import { Module } from '@nestjs/common';
import { BenefitCommands } from './application/benefit-commands';
import { BenefitLifeEvents } from './application/benefit-life-events';
import { BenefitLifeEventsSubscriber } from './consumers/life-events.subscriber';
import { BenefitQueries } from './application/benefit-queries';
import { BENEFIT_REPOSITORY } from './domain/benefit.repository';
import { BenefitsController } from './http/benefits.controller';
import { SqlBenefitRepository } from './persistence/sql-benefit.repository';

@Module({
  controllers: [BenefitsController],
  providers: [BenefitCommands, BenefitQueries, BenefitLifeEvents, BenefitLifeEventsSubscriber, { provide: BENEFIT_REPOSITORY, useClass: SqlBenefitRepository }],
  exports: [BENEFIT_REPOSITORY],
})
export class BenefitModule {}
