import { Module } from '@nestjs/common';
import { ChildModule } from '../child/child.module';
import { ADULT_ORPHAN_SWEEP_MS, AdultOrphanJob } from './application/adult-orphan-job';
import { ResettlementCommands } from './application/resettlement-commands';
import { RESETTLEMENT_QUERIES } from './application/resettlement-queries';
import { RESETTLEMENT_PLAN_REPOSITORY } from './domain/resettlement-plan.repository';
import { ResettlementPlansController } from './http/resettlement-plans.controller';
import { SqlResettlementQueries } from './persistence/resettlement.queries';
import { SqlResettlementPlanRepository } from './persistence/sql-resettlement-plan.repository';

/** 成年孤儿安置, in the one module pattern, with its daily job. */
@Module({
  imports: [ChildModule],
  controllers: [ResettlementPlansController],
  providers: [
    ResettlementCommands,
    AdultOrphanJob,
    { provide: ADULT_ORPHAN_SWEEP_MS, useValue: 86_400_000 },
    { provide: RESETTLEMENT_PLAN_REPOSITORY, useClass: SqlResettlementPlanRepository },
    { provide: RESETTLEMENT_QUERIES, useClass: SqlResettlementQueries },
  ],
})
export class ResettlementModule {}
