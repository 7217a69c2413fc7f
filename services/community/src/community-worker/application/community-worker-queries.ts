import { KeysetQuery, RecordDivisions } from '@civic/platform';
import { WorkerPost } from '../domain/community-worker';

export interface CommunityWorkerView {
  id: string;
  citizenId: string;
  name: string;
  postId: string;
  committeeCode: string;
  post: WorkerPost;
  grade: number;
  monthlyPayFen: number;
  appointedOn: string;
  leftOn: string | null;
  leaveReason: string | null;
  trainings: { course: string; hours: number; completedOn: string }[];
  version: number;
}

export interface CommunityPostView {
  id: string;
  committeeCode: string;
  post: WorkerPost;
  title: string;
  /** The worker in the post now, or null when vacant. */
  workerId: string | null;
}

export interface WorkerStatisticsRow {
  districtCode: string;
  posts: number;
  filled: number;
  vacant: number;
  /** Workers in post per grade. */
  byGrade: { grade: number; workers: number }[];
}

/** Query port: workers and posts within the caller's districts, and their counts. */
export interface CommunityWorkerQueries extends RecordDivisions {
  get(id: string): Promise<CommunityWorkerView | null>;
  posts(divisionCode: string | undefined, vacantOnly: boolean, page: KeysetQuery): Promise<CommunityPostView[]>;
  scale(): Promise<{ post: WorkerPost; grade: number; monthlyPayFen: number }[]>;
  statistics(divisionCode?: string): Promise<WorkerStatisticsRow[]>;
}

export const COMMUNITY_WORKER_QUERIES = Symbol('COMMUNITY_WORKER_QUERIES');
