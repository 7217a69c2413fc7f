import { TagOwner, TagSetter, TagStatus } from '../domain/tag';

/** A `tag` row as selected by the adapters of this module; it never leaves persistence/. */
export interface TagRow {
  code: string;
  name: string;
  meaning: string;
  owner: TagOwner;
  set_by: TagSetter;
  status: TagStatus;
  withdrawn_reason: string | null;
  version: number;
}

export const TAG_COLUMNS = `code, name, meaning, owner, set_by, status, withdrawn_reason, version`;
