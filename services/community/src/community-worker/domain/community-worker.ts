import { BusinessDate, CitizenId, DomainError, requiredText } from '@civic/domain-kernel';

/** 三岗: the three posts of a committee's workers — 负责人岗 head, 副职岗 deputy, 干事岗 officer. */
export const WORKER_POSTS = ['head', 'deputy', 'officer'] as const;
export type WorkerPost = (typeof WORKER_POSTS)[number];

/** 十八级: the pay grades each post may hold, with the monthly pay of each (data: `worker_grade_scale`). */
export interface GradeScale {
  post: WorkerPost;
  grade: number;
  monthlyPayFen: number;
}

export interface Training {
  course: string;
  hours: number;
  completedOn: BusinessDate;
}

export interface CommunityWorkerState {
  id: string;
  citizenId: CitizenId;
  name: string;
  postId: string;
  committeeCode: string;
  post: WorkerPost;
  grade: number;
  appointedOn: BusinessDate;
  leftOn: BusinessDate | null;
  leaveReason: string | null;
  trainings: Training[];
  version: number;
}

/** The grade must be on the scale of the post (三岗十八级): each post spans its own grades. */
export function mustBeOnScale(scale: readonly GradeScale[], post: WorkerPost, grade: number): void {
  if (!scale.some((g) => g.post === post && g.grade === grade)) {
    const grades = scale.filter((g) => g.post === post).map((g) => g.grade);
    throw new DomainError(
      'WORKER.GRADE_NOT_ON_SCALE',
      `grade ${grade} is not on the ${post} post's scale (${grades.length ? `${Math.min(...grades)}-${Math.max(...grades)}` : 'none'})`,
      'rule',
      'grade',
    );
  }
}

/** A community worker (社区工作者) in a post of a committee: grade on the post's scale, trainings, departure. */
export class CommunityWorker {
  private constructor(private state: CommunityWorkerState) {}

  static restore(state: CommunityWorkerState): CommunityWorker {
    return new CommunityWorker({ ...state, trainings: [...state.trainings] });
  }

  static appoint(
    input: {
      id: string;
      citizenId: CitizenId;
      name: string;
      post: { id: string; committeeCode: string; post: WorkerPost };
      grade: number;
      appointedOn: BusinessDate;
    },
    scale: readonly GradeScale[],
  ): CommunityWorker {
    mustBeOnScale(scale, input.post.post, input.grade);
    return new CommunityWorker({
      id: input.id,
      citizenId: input.citizenId,
      name: requiredText(input.name, 'name', 50, 'WORKER'),
      postId: input.post.id,
      committeeCode: input.post.committeeCode,
      post: input.post.post,
      grade: input.grade,
      appointedOn: input.appointedOn,
      leftOn: null,
      leaveReason: null,
      trainings: [],
      version: 1,
    });
  }

  /** A grade change (晋级 or adjustment), on the post's scale. */
  regrade(grade: number, scale: readonly GradeScale[]): void {
    this.mustBeInPost();
    mustBeOnScale(scale, this.state.post, grade);
    if (grade === this.state.grade) throw new DomainError('WORKER.SAME_GRADE', `the worker is already at grade ${grade}`, 'conflict', 'grade');
    this.state = { ...this.state, grade, version: this.state.version + 1 };
  }

  train(training: { course: string; hours: number; completedOn: BusinessDate }): void {
    this.mustBeInPost();
    if (!(training.hours > 0 && training.hours <= 1000))
      throw new DomainError('WORKER.FIELD_INVALID', 'hours must be more than 0 and at most 1000', 'invalid', 'hours');
    if (training.completedOn.isBefore(this.state.appointedOn))
      throw new DomainError('WORKER.BEFORE_APPOINTMENT', 'a training is recorded from the appointment on', 'rule', 'completedOn');
    const course = requiredText(training.course, 'course', 200, 'WORKER');
    this.state = { ...this.state, trainings: [...this.state.trainings, { ...training, course }], version: this.state.version + 1 };
  }

  /** 离岗: the post falls vacant. */
  leave(leftOn: BusinessDate, reason: string): void {
    this.mustBeInPost();
    if (leftOn.isBefore(this.state.appointedOn)) throw new DomainError('WORKER.BEFORE_APPOINTMENT', 'leftOn cannot precede the appointment', 'rule', 'leftOn');
    this.state = { ...this.state, leftOn, leaveReason: requiredText(reason, 'reason', 200, 'WORKER'), version: this.state.version + 1 };
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<CommunityWorkerState> {
    return { ...this.state, trainings: [...this.state.trainings] };
  }

  private mustBeInPost(): void {
    if (this.state.leftOn) throw new DomainError('WORKER.LEFT', `the worker left the post on ${this.state.leftOn}`, 'conflict');
  }
}

export function workerNotFound(id: string): DomainError {
  return new DomainError('WORKER.NOT_FOUND', `no community worker ${id}`, 'not-found');
}
