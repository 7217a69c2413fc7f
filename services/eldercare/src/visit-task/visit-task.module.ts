import { Module } from '@nestjs/common';
import { VisitTaskCommands } from './application/visit-task-commands';
import { VISIT_TASK_QUERIES } from './application/visit-task-queries';
import { PersonTagsConsumer } from './consumers/person-tags.consumer';
import { VISIT_TASK_REPOSITORY } from './domain/visit-task.repository';
import { VisitTasksController } from './http/visit-tasks.controller';
import { SqlVisitTaskQueries } from './persistence/visit-task.queries';
import { SqlVisitTaskRepository } from './persistence/sql-visit-task.repository';

/** 独居老人探访, in the one module pattern. */
@Module({
  controllers: [VisitTasksController, PersonTagsConsumer],
  providers: [
    VisitTaskCommands,
    { provide: VISIT_TASK_REPOSITORY, useClass: SqlVisitTaskRepository },
    { provide: VISIT_TASK_QUERIES, useClass: SqlVisitTaskQueries },
  ],
})
export class VisitTaskModule {}
