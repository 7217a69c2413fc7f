import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Workstation, WorkstationChange, workstationExists } from '../domain/workstation';
import { WorkstationRepository } from '../domain/workstation.repository';

export const WORKSTATION_COLUMNS = `id, division_code, name, established_on::text, version`;

/** Adapter: `workstation` and `workstation_staff`. */
@Injectable()
export class SqlWorkstationRepository implements WorkstationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Workstation | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${WORKSTATION_COLUMNS} FROM workstation WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return (await loadWorkstations(manager, rows))[0] ?? null;
  }

  async ofDivision(divisionCode: string): Promise<Workstation | null> {
    const manager = this.uow.manager();
    const rows = await manager.query(`SELECT ${WORKSTATION_COLUMNS} FROM workstation WHERE division_code = $1`, [divisionCode]);
    return (await loadWorkstations(manager, rows))[0] ?? null;
  }

  async save(station: Workstation, expectedVersion: number | null, changes: WorkstationChange[]): Promise<void> {
    const s = station.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(`INSERT INTO workstation (id, division_code, district_code, name, established_on, version) VALUES ($1, $2, $3, $4, $5, $6)`, [
            s.id,
            s.divisionCode,
            districtOf(s.divisionCode),
            s.name,
            s.establishedOn.toString(),
            s.version,
          ]),
        { workstation_one_per_sub_district: workstationExists },
      );
    } else {
      const rows = await queryReturning(tx, `UPDATE workstation SET version = $2 WHERE id = $1 AND version = $3 RETURNING id`, [
        s.id,
        s.version,
        expectedVersion,
      ]);
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind === 'staff-appointed') {
        const m = change.member;
        await tx.query(`INSERT INTO workstation_staff (id, workstation_id, citizen_id, name, role, phone, appointed_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          m.id,
          s.id,
          m.citizenId.value,
          m.name,
          m.role,
          m.phone,
          m.appointedOn.toString(),
        ]);
      }
      if (change.kind === 'staff-left') {
        await tx.query(`UPDATE workstation_staff SET left_on = $2 WHERE id = $1`, [change.member.id, change.member.leftOn!.toString()]);
      }
    }
  }
}

/** Rows of `workstation` with their staff, in one more query for the whole page. */
export async function loadWorkstations(manager: EntityManager, rows: Record<string, any>[]): Promise<Workstation[]> {
  if (rows.length === 0) return [];
  const staff: Record<string, any>[] = await manager.query(
    `SELECT id, workstation_id, citizen_id, name, role, phone, appointed_on::text, left_on::text FROM workstation_staff
      WHERE workstation_id = ANY($1) ORDER BY appointed_on, id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((row) =>
    Workstation.restore({
      id: row.id,
      divisionCode: row.division_code,
      name: row.name,
      establishedOn: BusinessDate.parse(row.established_on),
      staff: staff
        .filter((m) => m.workstation_id === row.id)
        .map((m) => ({
          id: m.id,
          citizenId: CitizenId.parse(m.citizen_id),
          name: m.name,
          role: m.role,
          phone: m.phone,
          appointedOn: BusinessDate.parse(m.appointed_on),
          leftOn: m.left_on === null ? null : BusinessDate.parse(m.left_on),
        })),
      version: row.version,
    }),
  );
}
