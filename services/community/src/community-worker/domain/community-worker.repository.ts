import { CommunityWorker, GradeScale, WorkerPost } from './community-worker';

export interface CommunityPost {
  id: string;
  committeeCode: string;
  post: WorkerPost;
  title: string;
}

/** Port: posts, workers (with trainings) and the grade scale (the SQL adapter lives in persistence/). */
export interface CommunityWorkerRepository {
  scale(): Promise<GradeScale[]>;
  addPost(post: CommunityPost): Promise<void>;
  findPost(id: string): Promise<CommunityPost | null>;
  find(id: string, options?: { forUpdate?: boolean }): Promise<CommunityWorker | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new); the unique indexes keep one holder per post and one post per person. */
  save(worker: CommunityWorker, expectedVersion: number | null): Promise<void>;
}

export const COMMUNITY_WORKER_REPOSITORY = Symbol('COMMUNITY_WORKER_REPOSITORY');
