import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { PersonHistoryView, PersonQueries, PersonSearch, PersonView } from '../application/person-queries';
import { OPEN_TAGS } from './person-columns';

const COLUMNS = `p.id, p.citizen_id, p.name, p.dwelling_id, p.committee_code, p.status, p.died_on::text AS died_on, p.version, ${OPEN_TAGS}`;

/**
 * Adapter of the person query port. A tag search reads the open tags' index (tag, committee, person)
 * and a division search the persons' (committee, id): both in keyset order, never an offset scan.
 */
@Injectable()
export class SqlPersonQueries implements PersonQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'person', id, 'committee_code');
  }

  async get(id: string): Promise<PersonView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM person p WHERE p.id = $1`, [id]);
    return row ? view(row) : null;
  }

  async history(id: string): Promise<PersonHistoryView> {
    const db = this.uow.manager();
    const residences: Record<string, any>[] = await db.query(
      `SELECT dwelling_id, committee_code, from_date::text AS from_date, to_date::text AS to_date, end_reason FROM person_residence WHERE person_id = $1 ORDER BY from_date, id`,
      [id],
    );
    const tags: Record<string, any>[] = await db.query(
      `SELECT tag_code, tagged_at, tagged_by, tag_reason, untagged_at, untagged_by, untag_reason FROM person_tag WHERE person_id = $1 ORDER BY id`,
      [id],
    );
    return {
      residences: residences.map((r) => ({
        dwellingId: r.dwelling_id,
        committeeCode: r.committee_code,
        from: r.from_date,
        to: r.to_date,
        endReason: r.end_reason,
      })),
      tags: tags.map((t) => ({
        code: t.tag_code,
        taggedAt: t.tagged_at.toISOString(),
        taggedBy: t.tagged_by,
        reason: t.tag_reason,
        untaggedAt: t.untagged_at?.toISOString() ?? null,
        untaggedBy: t.untagged_by,
        untagReason: t.untag_reason,
      })),
    };
  }

  async search(search: PersonSearch, page: KeysetQuery): Promise<PersonView[]> {
    if (search.tag) {
      // The open tags of the division first (the search index), then their persons.
      const tagged = districtFilter('p.district_code', search.divisionCode ? { column: 't.committee_code', prefix: search.divisionCode } : undefined);
      tagged.add('t.tag_code = ?', search.tag);
      if (page.after) tagged.add('t.person_id > ?', page.after);
      if (search.status) tagged.add('p.status = ?', search.status);
      const rows = await this.uow.manager().query(
        `SELECT ${COLUMNS} FROM person_tag t JOIN person p ON p.id = t.person_id
         WHERE t.untagged_at IS NULL AND ${tagged.sql()} ORDER BY t.person_id LIMIT ${page.limit + 1}`,
        tagged.params(),
      );
      return rows.map(view);
    }
    const where = districtFilter('p.district_code', search.divisionCode ? { column: 'p.committee_code', prefix: search.divisionCode } : undefined);
    if (search.status) where.add('p.status = ?', search.status);
    if (page.after) where.add('p.id > ?', page.after);
    const rows = await this.uow.manager().query(`SELECT ${COLUMNS} FROM person p WHERE ${where.sql()} ORDER BY p.id LIMIT ${page.limit + 1}`, where.params());
    return rows.map(view);
  }

  async tagCode(codeOrName: string): Promise<string | null> {
    const [row] = await this.uow.manager().query(`SELECT code FROM tag WHERE code = $1 OR name = $1 ORDER BY (code = $1) DESC LIMIT 1`, [codeOrName]);
    return row?.code ?? null;
  }
}

function view(r: Record<string, any>): PersonView {
  return {
    id: r.id,
    citizenId: r.citizen_id,
    name: r.name,
    dwellingId: r.dwelling_id,
    committeeCode: r.committee_code,
    status: r.status,
    diedOn: r.died_on,
    tags: (r.tags as { code: string; since: string }[]).map((t) => ({ code: t.code, since: new Date(t.since).toISOString() })),
    version: r.version,
  };
}
