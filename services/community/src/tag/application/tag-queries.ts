import { Tag, TagOwner, TagSetter, TagStatus } from '../domain/tag';

/** A tag of the dictionary as the API shows it. */
export interface TagView {
  code: string;
  name: string;
  meaning: string;
  owner: TagOwner;
  setBy: TagSetter;
  status: TagStatus;
  withdrawnReason: string | null;
  version: number;
}

/** A line of a tag's history. */
export interface TagHistoryView {
  change: 'admitted' | 'changed' | 'withdrawn';
  name: string;
  meaning: string;
  setBy: TagSetter;
  reason: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface TagFilter {
  status?: string;
  owner?: string;
}

/** Query port: the dictionary (city-wide data, a few dozen tags) and each tag's history. */
export interface TagQueries {
  get(code: string): Promise<TagView | null>;
  list(filter: TagFilter): Promise<TagView[]>;
  history(code: string): Promise<TagHistoryView[]>;
}

export const TAG_QUERIES = Symbol('TAG_QUERIES');

export function tagView(tag: Tag): TagView {
  return { ...tag.snapshot() };
}
