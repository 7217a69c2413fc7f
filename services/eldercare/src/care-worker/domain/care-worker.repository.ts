import { CareWorker, CareWorkerChange } from './care-worker';

/** Port: care workers and their training records (the SQL adapter lives in persistence/). */
export interface CareWorkerRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<CareWorker | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with the trainings among `changes`. */
  save(worker: CareWorker, expectedVersion: number | null, changes: CareWorkerChange[]): Promise<void>;
}

export const CARE_WORKER_REPOSITORY = Symbol('CARE_WORKER_REPOSITORY');
