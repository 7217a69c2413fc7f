import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { FundraisingPlanCommands } from './application/fundraising-plan-commands';
import { FUNDRAISING_PLAN_QUERIES } from './application/fundraising-plan-queries';
import { FUNDRAISING_PLAN_REPOSITORY } from './domain/fundraising-plan.repository';
import { FundraisingPlansController } from './http/fundraising-plans.controller';
import { SqlFundraisingPlanQueries } from './persistence/fundraising-plan.queries';
import { SqlFundraisingPlanRepository } from './persistence/sql-fundraising-plan.repository';

/** 募捐方案备案: fundraising plans of qualified charities; donations count against them. */
@Module({
  imports: [OrganisationModule],
  controllers: [FundraisingPlansController],
  providers: [
    FundraisingPlanCommands,
    { provide: FUNDRAISING_PLAN_REPOSITORY, useClass: SqlFundraisingPlanRepository },
    { provide: FUNDRAISING_PLAN_QUERIES, useClass: SqlFundraisingPlanQueries },
  ],
  exports: [FUNDRAISING_PLAN_REPOSITORY],
})
export class FundraisingPlanModule {}
