import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { CommunityWorkerCommands } from './application/community-worker-commands';
import { COMMUNITY_WORKER_QUERIES } from './application/community-worker-queries';
import { COMMUNITY_WORKER_REPOSITORY } from './domain/community-worker.repository';
import { CommunityWorkersController } from './http/community-workers.controller';
import { SqlCommunityWorkerQueries } from './persistence/community-worker.queries';
import { SqlCommunityWorkerRepository } from './persistence/sql-community-worker.repository';

/** 社区工作者: posts, workers on the 三岗十八级 scale, trainings and vacancies. */
@Module({
  imports: [DivisionModule],
  controllers: [CommunityWorkersController],
  providers: [
    CommunityWorkerCommands,
    { provide: COMMUNITY_WORKER_REPOSITORY, useClass: SqlCommunityWorkerRepository },
    { provide: COMMUNITY_WORKER_QUERIES, useClass: SqlCommunityWorkerQueries },
  ],
})
export class CommunityWorkerModule {}
