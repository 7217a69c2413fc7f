import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Tag, tagCodeTaken } from '../domain/tag';
import { TagChange } from '../domain/tag-change';
import { TagRepository } from '../domain/tag.repository';
import { TAG_COLUMNS, TagRow } from './tag.row';

/** Adapter: the dictionary in `tag`, its history in `tag_history`; the primary key on the code becomes a domain error. */
@Injectable()
export class SqlTagRepository implements TagRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string, options: { forUpdate?: boolean } = {}): Promise<Tag | null> {
    const [row] = await this.uow.manager().query(`SELECT ${TAG_COLUMNS} FROM tag WHERE code = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [code]);
    return row ? toAggregate(row) : null;
  }

  async save(tag: Tag, expectedVersion: number | null, changes: TagChange[], recordedBy: string): Promise<void> {
    const s = tag.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(`INSERT INTO tag (code, name, meaning, owner, set_by, status, withdrawn_reason, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
            s.code,
            s.name,
            s.meaning,
            s.owner,
            s.setBy,
            s.status,
            s.withdrawnReason,
            s.version,
          ]),
        { tag_pkey: tagCodeTaken },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE tag SET name = $2, meaning = $3, set_by = $4, status = $5, withdrawn_reason = $6, version = $7 WHERE code = $1 AND version = $8 RETURNING code`,
        [s.code, s.name, s.meaning, s.setBy, s.status, s.withdrawnReason, s.version, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes)
      await tx.query(`INSERT INTO tag_history (code, change, name, meaning, set_by, reason, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        s.code,
        change.kind,
        s.name,
        s.meaning,
        s.setBy,
        change.kind === 'withdrawn' ? change.reason : null,
        recordedBy,
      ]);
  }
}

export function toAggregate(row: TagRow): Tag {
  return Tag.restore({
    code: row.code,
    name: row.name,
    meaning: row.meaning,
    owner: row.owner,
    setBy: row.set_by,
    status: row.status,
    withdrawnReason: row.withdrawn_reason,
    version: row.version,
  });
}
