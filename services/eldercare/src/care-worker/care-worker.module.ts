import { Module } from '@nestjs/common';
import { FacilityModule } from '../facility/facility.module';
import { CareWorkerCommands } from './application/care-worker-commands';
import { CARE_WORKER_QUERIES } from './application/care-worker-queries';
import { CARE_WORKER_REPOSITORY } from './domain/care-worker.repository';
import { CareWorkersController } from './http/care-workers.controller';
import { SqlCareWorkerQueries } from './persistence/care-worker.queries';
import { SqlCareWorkerRepository } from './persistence/sql-care-worker.repository';

/** 养老护理员, in the one module pattern. */
@Module({
  imports: [FacilityModule],
  controllers: [CareWorkersController],
  providers: [
    CareWorkerCommands,
    { provide: CARE_WORKER_REPOSITORY, useClass: SqlCareWorkerRepository },
    { provide: CARE_WORKER_QUERIES, useClass: SqlCareWorkerQueries },
  ],
})
export class CareWorkerModule {}
