import { SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { TagFilter, TagHistoryView, TagQueries, TagView, tagView } from '../application/tag-queries';
import { toAggregate } from './sql-tag.repository';
import { TAG_COLUMNS } from './tag.row';

/** Adapter of the tag query port. */
@Injectable()
export class SqlTagQueries implements TagQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(code: string): Promise<TagView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${TAG_COLUMNS} FROM tag WHERE code = $1`, [code]);
    return row ? tagView(toAggregate(row)) : null;
  }

  async list(filter: TagFilter): Promise<TagView[]> {
    const where = new SqlWhere();
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.owner) where.add('owner = ?', filter.owner);
    const rows = await this.uow.manager().query(`SELECT ${TAG_COLUMNS} FROM tag WHERE ${where.sql()} ORDER BY code`, where.params());
    return rows.map((row: never) => tagView(toAggregate(row)));
  }

  async history(code: string): Promise<TagHistoryView[]> {
    const rows: Record<string, any>[] = await this.uow
      .manager()
      .query(`SELECT change, name, meaning, set_by, reason, recorded_by, recorded_at FROM tag_history WHERE code = $1 ORDER BY id`, [code]);
    return rows.map((r) => ({
      change: r.change,
      name: r.name,
      meaning: r.meaning,
      setBy: r.set_by,
      reason: r.reason,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at.toISOString(),
    }));
  }
}
