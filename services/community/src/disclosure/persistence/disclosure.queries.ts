import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DisclosureQueries, DisclosureView } from '../application/disclosure-queries';

const COLUMNS = `id, committee_code, kind, period_end::text AS period_end, due_on::text AS due_on, published_on::text AS published_on, content, version`;

/** Adapter of the disclosure query port; overdue is `published_on IS NULL AND due_on < today`, a partial index read. */
@Injectable()
export class SqlDisclosureQueries implements DisclosureQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'disclosure', id, 'committee_code');
  }

  async kinds(): Promise<{ code: string; name: string; dueDays: number }[]> {
    const rows = await this.uow.manager().query(`SELECT code, name, due_days FROM disclosure_kind ORDER BY code`);
    return rows.map((r: Record<string, any>) => ({ code: r.code, name: r.name, dueDays: r.due_days }));
  }

  async get(id: string, today: string): Promise<DisclosureView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM disclosure WHERE id = $1`, [id]);
    return row ? view(row, today) : null;
  }

  async list(filter: { divisionCode?: string; overdue?: boolean }, today: string, page: KeysetQuery): Promise<DisclosureView[]> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'committee_code', prefix: filter.divisionCode } : undefined);
    if (filter.overdue) where.add('published_on IS NULL AND due_on < ?::date', today);
    if (page.after) where.add('id > ?', page.after);
    const rows = await this.uow.manager().query(`SELECT ${COLUMNS} FROM disclosure WHERE ${where.sql()} ORDER BY id LIMIT ${page.limit + 1}`, where.params());
    return rows.map((r: Record<string, any>) => view(r, today));
  }
}

function view(r: Record<string, any>, today: string): DisclosureView {
  return {
    id: r.id,
    committeeCode: r.committee_code,
    kind: r.kind,
    periodEnd: r.period_end,
    dueOn: r.due_on,
    publishedOn: r.published_on,
    content: r.content,
    overdue: r.published_on === null && r.due_on < today,
    version: r.version,
  };
}
