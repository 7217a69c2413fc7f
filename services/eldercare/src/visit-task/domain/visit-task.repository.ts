import { VisitTask } from './visit-task';

/** Port: visit tasks. */
export interface VisitTaskRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<VisitTask | null>;
  /** Adds the task unless the elder already has an open one for the same reason; true when added. */
  addUnlessOpen(task: VisitTask): Promise<boolean>;
  save(task: VisitTask, expectedVersion: number, closedBy: string): Promise<void>;
}

export const VISIT_TASK_REPOSITORY = Symbol('VISIT_TASK_REPOSITORY');
