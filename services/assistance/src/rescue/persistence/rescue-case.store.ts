import { BusinessDate } from '@civic/domain-kernel';
import { districtFilter, pageQuery, PageQuery, queryReturning, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { RescueCase } from '../domain/rescue-case';

export interface RescueRow {
  id: string;
  status: string;
  found_division_code: string;
  found_on: string;
  found_place: string;
  description: string;
  person_name: string | null;
  citizen_id: string | null;
  sex: string | null;
  estimated_age: number | null;
  shelter: string | null;
  sheltered_on: string | null;
  identity_search: { on: string; method: string; result: string }[];
  outcome: { kind: string; detail: string; on: string } | null;
  closed_on: string | null;
  version: number;
}

const COLUMNS = `id, status, found_division_code, found_on::text, found_place, description, person_name, citizen_id, sex, estimated_age, shelter, sheltered_on::text, identity_search, outcome, closed_on::text, version`;

@Injectable()
export class RescueCaseStore {
  constructor(private readonly uow: UnitOfWork) {}

  async insert(r: {
    id: string;
    foundDivisionCode: string;
    foundOn: string;
    foundPlace: string;
    description: string;
    personName: string | null;
    sex: string | null;
    estimatedAge: number | null;
  }): Promise<void> {
    await this.uow
      .transaction()
      .query(
        `INSERT INTO rescue_case (id, status, found_division_code, district_code, found_on, found_place, description, person_name, sex, estimated_age, version) VALUES ($1, 'intake', $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
        [r.id, r.foundDivisionCode, r.foundDivisionCode.slice(0, 6), r.foundOn, r.foundPlace, r.description, r.personName, r.sex, r.estimatedAge],
      );
  }

  async find(id: string): Promise<{ row: RescueRow; aggregate: RescueCase } | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM rescue_case WHERE id = $1`, [id]);
    if (!row) return null;
    const aggregate = RescueCase.restore({
      id: row.id,
      status: row.status,
      shelter: row.shelter,
      shelteredOn: row.sheltered_on ? BusinessDate.parse(row.sheltered_on) : null,
      personName: row.person_name,
      citizenId: row.citizen_id,
      identitySearch: row.identity_search,
      outcome: row.outcome,
      closedOn: row.closed_on ? BusinessDate.parse(row.closed_on) : null,
      version: row.version,
    });
    return { row, aggregate };
  }

  async update(c: RescueCase, expectedVersion: number): Promise<boolean> {
    const s = c.snapshot();
    const rows = await queryReturning(
      this.uow.transaction(),
      `UPDATE rescue_case SET status = $2, shelter = $3, sheltered_on = $4, person_name = $5, citizen_id = $6, identity_search = $7, outcome = $8, closed_on = $9, version = $10 WHERE id = $1 AND version = $11 RETURNING id`,
      [
        s.id,
        s.status,
        s.shelter,
        s.shelteredOn?.toString() ?? null,
        s.personName,
        s.citizenId,
        JSON.stringify(s.identitySearch),
        s.outcome ? JSON.stringify(s.outcome) : null,
        s.closedOn?.toString() ?? null,
        s.version,
        expectedVersion,
      ],
    );
    return rows.length === 1;
  }

  async list(filter: { divisionCode?: string; status?: string; from?: string; to?: string }, page: PageQuery): Promise<{ rows: RescueRow[]; total: number }> {
    const where = districtFilter(
      requestContext.current()?.actor,
      'district_code',
      filter.divisionCode ? { column: 'found_division_code', prefix: filter.divisionCode } : undefined,
    );
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.from) where.add('found_on >= ?::date', filter.from);
    if (filter.to) where.add('found_on <= ?::date', filter.to);
    return pageQuery<RescueRow>(this.uow.manager(), { columns: COLUMNS, from: 'rescue_case', where, order: 'found_on DESC, id' }, page);
  }
}
