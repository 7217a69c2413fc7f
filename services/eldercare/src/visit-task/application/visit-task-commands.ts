import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LIVING_ALONE_TAG, VisitTask, visitTaskNotFound } from '../domain/visit-task';
import { VISIT_TASK_REPOSITORY, VisitTaskRepository } from '../domain/visit-task.repository';

/** 独居老人探访: a visit planned for each elder the community tags living alone, and its record. */
@Injectable()
export class VisitTaskCommands {
  constructor(
    @Inject(VISIT_TASK_REPOSITORY) private readonly tasks: VisitTaskRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** From community's tag; another tag of the same elder while a visit is open plans nothing more. */
  async personTagged(input: { citizenId: string; name: string; divisionCode: string; tag: string }): Promise<boolean> {
    if (input.tag !== LIVING_ALONE_TAG) return false;
    return this.tasks.addUnlessOpen(
      VisitTask.plan({ id: randomUUID(), citizenId: input.citizenId, name: input.name, divisionCode: input.divisionCode, reason: input.tag }),
    );
  }

  async close(id: string, input: { visitedOn: string; outcome: string }, ifMatch?: number): Promise<VisitTask> {
    const task = await this.tasks.find(id, { forUpdate: true });
    if (!task) throw visitTaskNotFound(id);
    if (ifMatch !== undefined && ifMatch !== task.version) throw new StaleVersionError(task.version);
    const expected = task.version;
    task.close(BusinessDate.parse(input.visitedOn, 'visitedOn'), input.outcome, BusinessDate.today(this.clock));
    await this.tasks.save(task, expected, recordedBy());
    return task;
  }
}
