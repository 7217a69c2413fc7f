import { PageQuery, RecordDivisions } from '@civic/platform';
import { CareWorker } from '../domain/care-worker';

/** A care worker as the API shows it, with their training records (oldest first). */
export interface CareWorkerView {
  id: string;
  facilityId: string;
  divisionCode: string;
  citizenId: string;
  name: string;
  skillLevel: number | null;
  hiredOn: string;
  status: 'active' | 'left';
  leftOn: string | null;
  leftReason: string | null;
  trainings: { id: string; course: string; provider: string; hours: number; completedOn: string; levelAttained: number | null }[];
  version: number;
}

export interface CareWorkerFilter {
  divisionCode?: string;
  facilityId?: string;
  status?: string;
  skillLevel?: number;
  citizenId?: string;
}

/** Query port: workers within the caller's districts. */
export interface CareWorkerQueries extends RecordDivisions {
  get(id: string): Promise<CareWorkerView | null>;
  list(filter: CareWorkerFilter, page: PageQuery): Promise<{ items: CareWorkerView[]; total: number }>;
}

export const CARE_WORKER_QUERIES = Symbol('CARE_WORKER_QUERIES');

export function careWorkerView(worker: CareWorker): CareWorkerView {
  const s = worker.snapshot();
  return {
    id: s.id,
    facilityId: s.facilityId,
    divisionCode: s.divisionCode,
    citizenId: s.citizenId.value,
    name: s.name,
    skillLevel: s.skillLevel,
    hiredOn: s.hiredOn.toString(),
    status: s.status,
    leftOn: s.leftOn?.toString() ?? null,
    leftReason: s.leftReason,
    trainings: s.trainings.map((t) => ({ ...t, completedOn: t.completedOn.toString() })),
    version: s.version,
  };
}
