import { BusinessDate, CitizenId, DomainError, notInFuture, requiredText } from '@civic/domain-kernel';

/**
 * 养老护理员国家职业技能等级: level 5 (五级/初级工) up to level 1 (一级/高级技师); a smaller number is
 * the higher qualification. A worker without a certificate has none (null).
 */
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
export const MIN_WORKING_AGE = 16;

export interface TrainingRecord {
  id: string;
  course: string;
  provider: string;
  hours: number;
  completedOn: BusinessDate;
  /** The skill level the training certified, if it ended in an assessment (鉴定). */
  levelAttained: number | null;
}

export interface CareWorkerState {
  id: string;
  facilityId: string;
  divisionCode: string;
  citizenId: CitizenId;
  name: string;
  skillLevel: number | null;
  hiredOn: BusinessDate;
  status: 'active' | 'left';
  leftOn: BusinessDate | null;
  leftReason: string | null;
  trainings: TrainingRecord[];
  version: number;
}

export type CareWorkerChange = { kind: 'hired' } | { kind: 'trained'; training: TrainingRecord } | { kind: 'left' };

/** 养老护理员: a care worker of a facility, with their skill level and the training they completed (年培训 counts them). */
export class CareWorker {
  private readonly changes: CareWorkerChange[] = [];

  private constructor(private state: CareWorkerState) {}

  static restore(state: CareWorkerState): CareWorker {
    return new CareWorker({ ...state, trainings: [...state.trainings] });
  }

  static hire(
    input: {
      id: string;
      facility: { id: string; divisionCode: string; filed: boolean };
      citizenId: CitizenId;
      name: string;
      skillLevel: number | null;
      hiredOn: BusinessDate;
    },
    today: BusinessDate,
  ): CareWorker {
    if (!input.facility.filed) throw new DomainError('CARE_WORKER.FACILITY_NOT_FILED', 'the facility’s filing is revoked', 'conflict', 'facilityId');
    notAfterToday(input.hiredOn, today, 'hiredOn');
    if (input.citizenId.birthDate.fullYearsUntil(input.hiredOn) < MIN_WORKING_AGE)
      throw new DomainError('CARE_WORKER.UNDER_AGE', `a care worker is at least ${MIN_WORKING_AGE} when hired`, 'rule', 'citizenId');
    const worker = new CareWorker({
      id: input.id,
      facilityId: input.facility.id,
      divisionCode: input.facility.divisionCode,
      citizenId: input.citizenId,
      name: text(input.name, 'name', 50),
      skillLevel: skillLevel(input.skillLevel, 'skillLevel'),
      hiredOn: input.hiredOn,
      status: 'active',
      leftOn: null,
      leftReason: null,
      trainings: [],
      version: 1,
    });
    worker.changes.push({ kind: 'hired' });
    return worker;
  }

  /** A training completed; a level it certified raises the worker's level, never lowers it. */
  recordTraining(input: Omit<TrainingRecord, 'course' | 'provider'> & { course: string; provider: string }, today: BusinessDate): TrainingRecord {
    if (this.state.status !== 'active') throw new DomainError('CARE_WORKER.LEFT', 'the worker has left the facility', 'conflict');
    notAfterToday(input.completedOn, today, 'completedOn');
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 1000)
      throw new DomainError('CARE_WORKER.HOURS_INVALID', 'hours must be a whole number 1-1000', 'invalid', 'hours');
    const training: TrainingRecord = {
      id: input.id,
      course: text(input.course, 'course', 100),
      provider: text(input.provider, 'provider', 100),
      hours: input.hours,
      completedOn: input.completedOn,
      levelAttained: skillLevel(input.levelAttained, 'levelAttained'),
    };
    const raised = training.levelAttained !== null && (this.state.skillLevel === null || training.levelAttained < this.state.skillLevel);
    this.state = {
      ...this.state,
      skillLevel: raised ? training.levelAttained : this.state.skillLevel,
      trainings: [...this.state.trainings, training],
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'trained', training });
    return training;
  }

  /** The worker leaves the facility (离职), on a day not before they were hired. */
  leave(input: { leftOn: BusinessDate; reason: string }, today: BusinessDate): void {
    if (this.state.status !== 'active') throw new DomainError('CARE_WORKER.LEFT', 'the worker has left the facility', 'conflict');
    notAfterToday(input.leftOn, today, 'leftOn');
    if (this.state.hiredOn.isAfter(input.leftOn))
      throw new DomainError('CARE_WORKER.OUT_OF_ORDER', `leftOn cannot be before hiredOn (${this.state.hiredOn})`, 'rule', 'leftOn');
    this.state = { ...this.state, status: 'left', leftOn: input.leftOn, leftReason: text(input.reason, 'reason', 500), version: this.state.version + 1 };
    this.changes.push({ kind: 'left' });
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<CareWorkerState> {
    return { ...this.state };
  }
  pullChanges(): CareWorkerChange[] {
    return this.changes.splice(0);
  }
}

function skillLevel(level: number | null, field: string): number | null {
  if (level === null) return null;
  if (!(SKILL_LEVELS as readonly number[]).includes(level))
    throw new DomainError('CARE_WORKER.LEVEL_INVALID', `${field} must be a skill level 1-5 (1 the highest)`, 'invalid', field);
  return level;
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'CARE_WORKER');

const notAfterToday = (date: BusinessDate, today: BusinessDate, field: string): void => notInFuture(date, today, field, 'CARE_WORKER');

export function careWorkerNotFound(id: string): DomainError {
  return new DomainError('CARE_WORKER.NOT_FOUND', `no care worker ${id}`, 'not-found');
}

/** A worker works at one facility at a time (the partial unique index is the guard when two hirings race). */
export function careWorkerAlreadyEmployed(): DomainError {
  return new DomainError('CARE_WORKER.ALREADY_EMPLOYED', 'the worker is employed by a facility; record their leaving first', 'conflict', 'citizenId');
}
