import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Child, ChildChange, childExists } from '../domain/child';
import { ChildRepository } from '../domain/child.repository';

export const CHILD_COLUMNS = `id, citizen_id, name, division_code, address, registered_on::text, status, closed_on::text, closed_reason, version`;

/** Adapter: `child`, `child_category_period` and `child_guardian`. */
@Injectable()
export class SqlChildRepository implements ChildRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Child | null> {
    return this.one(`id = $1`, id, options.forUpdate);
  }

  async findByCitizen(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<Child | null> {
    return this.one(`citizen_id = $1`, citizenId, options.forUpdate);
  }

  async inGuardianshipOf(guardianCitizenId: string): Promise<Child[]> {
    const manager = this.uow.manager();
    const rows = await manager.query(
      `SELECT ${CHILD_COLUMNS} FROM child WHERE status = 'active'
         AND id IN (SELECT child_id FROM child_guardian WHERE citizen_id = $1 AND to_date IS NULL) ORDER BY id FOR UPDATE`,
      [guardianCitizenId],
    );
    return loadChildren(manager, rows);
  }

  async save(child: Child, expectedVersion: number | null, changes: ChildChange[]): Promise<void> {
    const s = child.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO child (id, citizen_id, name, division_code, district_code, address, registered_on, category, status, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
              s.id,
              s.citizenId.value,
              s.name,
              s.divisionCode,
              districtOf(s.divisionCode),
              s.address,
              s.registeredOn.toString(),
              child.current.category,
              s.status,
              s.version,
            ],
          ),
        { child_one_per_citizen: childExists },
      );
      await this.addPeriod(tx, s.id, child.current);
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE child SET category = $2, status = $3, closed_on = $4, closed_reason = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
        [s.id, child.current.category, s.status, s.closedOn?.toString() ?? null, s.closedReason, s.version, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind === 'category-changed') await this.addPeriod(tx, s.id, change.period);
      if (change.kind === 'guardian-added') {
        const g = change.guardian;
        await tx.query(`INSERT INTO child_guardian (id, child_id, citizen_id, name, relation, contact, from_date) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          g.id,
          s.id,
          g.citizenId?.value ?? null,
          g.name,
          g.relation,
          g.contact,
          g.from.toString(),
        ]);
      }
      if (change.kind === 'guardianship-ended' || change.kind === 'closed') {
        for (const g of s.guardians.filter((x) => x.to !== null)) {
          await tx.query(`UPDATE child_guardian SET to_date = $2, end_reason = $3 WHERE id = $1 AND to_date IS NULL`, [g.id, g.to!.toString(), g.endReason]);
        }
      }
    }
  }

  private async one(condition: string, value: string, forUpdate = false): Promise<Child | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${CHILD_COLUMNS} FROM child WHERE ${condition}${forUpdate ? ' FOR UPDATE' : ''}`, [value]);
    return (await loadChildren(manager, rows))[0] ?? null;
  }

  private async addPeriod(tx: EntityManager, childId: string, p: Child['current']): Promise<void> {
    await tx.query(`INSERT INTO child_category_period (child_id, effective_on, category, sub_kind, reason, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      childId,
      p.effectiveOn.toString(),
      p.category,
      p.subKind,
      p.reason,
      p.recordedBy,
    ]);
  }
}

/** Rows of `child` with their categories and guardians, in two more queries for the whole page. */
export async function loadChildren(manager: EntityManager, rows: Record<string, any>[]): Promise<Child[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const periods: Record<string, any>[] = await manager.query(
    `SELECT child_id, effective_on::text, category, sub_kind, reason, recorded_by FROM child_category_period WHERE child_id = ANY($1) ORDER BY effective_on`,
    [ids],
  );
  const guardians: Record<string, any>[] = await manager.query(
    `SELECT id, child_id, citizen_id, name, relation, contact, from_date::text, to_date::text, end_reason FROM child_guardian WHERE child_id = ANY($1) ORDER BY from_date, id`,
    [ids],
  );
  const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));
  return rows.map((row) =>
    Child.restore({
      id: row.id,
      citizenId: CitizenId.parse(row.citizen_id),
      name: row.name,
      divisionCode: row.division_code,
      address: row.address,
      registeredOn: BusinessDate.parse(row.registered_on),
      categories: periods
        .filter((p) => p.child_id === row.id)
        .map((p) => ({
          category: p.category,
          subKind: p.sub_kind,
          effectiveOn: BusinessDate.parse(p.effective_on),
          reason: p.reason,
          recordedBy: p.recorded_by,
        })),
      guardians: guardians
        .filter((g) => g.child_id === row.id)
        .map((g) => ({
          id: g.id,
          citizenId: g.citizen_id ? CitizenId.parse(g.citizen_id) : null,
          name: g.name,
          relation: g.relation,
          contact: g.contact,
          from: BusinessDate.parse(g.from_date),
          to: date(g.to_date),
          endReason: g.end_reason,
        })),
      status: row.status,
      closedOn: date(row.closed_on),
      closedReason: row.closed_reason,
      version: row.version,
    }),
  );
}
