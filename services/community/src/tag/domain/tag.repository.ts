import { Tag } from './tag';
import { TagChange } from './tag-change';

/** Port: how the use cases load and store tags of the dictionary (the SQL adapter lives in persistence/). */
export interface TagRepository {
  find(code: string, options?: { forUpdate?: boolean }): Promise<Tag | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), with a history line per change. */
  save(subject: Tag, expectedVersion: number | null, changes: TagChange[], recordedBy: string): Promise<void>;
}

export const TAG_REPOSITORY = Symbol('TAG_REPOSITORY');
