import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ServiceItem, serviceItemCodeTaken } from '../domain/service-item';
import { ServiceItemChange } from '../domain/service-item-change';
import { ServiceItemRepository } from '../domain/service-item.repository';
import { SERVICE_ITEM_COLUMNS, ServiceItemRow } from './service-item.row';

/** Adapter: `service_item`, its `service_item_history` and `service_item_push_down`; a withdrawal ends the item's push-downs. */
@Injectable()
export class SqlServiceItemRepository implements ServiceItemRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(code: string, options: { forUpdate?: boolean } = {}): Promise<ServiceItem | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${SERVICE_ITEM_COLUMNS} FROM service_item WHERE code = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [code]);
    return row ? toAggregate(row) : null;
  }

  async save(item: ServiceItem, expectedVersion: number | null, changes: ServiceItemChange[], recordedBy: string): Promise<void> {
    const s = item.snapshot();
    const tx = this.uow.transaction();
    const values = [
      s.code,
      s.name,
      s.legalBasis,
      s.department,
      s.timeLimitDays,
      JSON.stringify(s.materials),
      s.status,
      s.committeeAdmission?.decisionNo ?? null,
      s.committeeAdmission?.on.toString() ?? null,
      s.withdrawal?.on.toString() ?? null,
      s.withdrawal?.reason ?? null,
      s.version,
    ];
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO service_item (code, name, legal_basis, department, time_limit_days, materials, status, committee_admission_no, committees_admitted_on,
               withdrawn_on, withdrawn_reason, version, admission_no, admitted_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
            [...values, s.admission.decisionNo, s.admission.on.toString()],
          ),
        { service_item_pkey: serviceItemCodeTaken },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE service_item SET name = $2, legal_basis = $3, department = $4, time_limit_days = $5, materials = $6, status = $7, committee_admission_no = $8,
           committees_admitted_on = $9, withdrawn_on = $10, withdrawn_reason = $11, version = $12 WHERE code = $1 AND version = $13 RETURNING code`,
        [...values, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    const terms = JSON.stringify({ name: s.name, legalBasis: s.legalBasis, department: s.department, timeLimitDays: s.timeLimitDays, materials: s.materials });
    for (const change of changes) {
      await tx.query(`INSERT INTO service_item_history (code, change, terms, detail, recorded_by) VALUES ($1, $2, $3, $4, $5)`, [
        s.code,
        change.kind,
        terms,
        detailOf(change),
        recordedBy,
      ]);
      if (change.kind === 'pushed-down')
        // Pushing down where it already is changes nothing (the partial unique index).
        await tx.query(
          `INSERT INTO service_item_push_down (code, division_code, district_code, pushed_on, recorded_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (code, division_code) WHERE ended_on IS NULL DO NOTHING`,
          [s.code, change.divisionCode, districtOf(change.divisionCode), change.on.toString(), recordedBy],
        );
      if (change.kind === 'withdrawn')
        await tx.query(`UPDATE service_item_push_down SET ended_on = $2 WHERE code = $1 AND ended_on IS NULL`, [s.code, change.on.toString()]);
    }
  }
}

function detailOf(change: ServiceItemChange): string | null {
  switch (change.kind) {
    case 'admitted-for-committees':
      return `${change.decisionNo} (${change.on})`;
    case 'pushed-down':
      return `${change.divisionCode} (${change.on})`;
    case 'withdrawn':
      return `${change.reason} (${change.on})`;
    default:
      return null;
  }
}

export function toAggregate(row: ServiceItemRow): ServiceItem {
  return ServiceItem.restore({
    code: row.code,
    name: row.name,
    legalBasis: row.legal_basis,
    department: row.department,
    timeLimitDays: row.time_limit_days,
    materials: row.materials,
    status: row.status,
    admission: { decisionNo: row.admission_no, on: BusinessDate.parse(row.admitted_on) },
    committeeAdmission:
      row.committee_admission_no && row.committees_admitted_on
        ? { decisionNo: row.committee_admission_no, on: BusinessDate.parse(row.committees_admitted_on) }
        : null,
    withdrawal: row.withdrawn_on && row.withdrawn_reason ? { on: BusinessDate.parse(row.withdrawn_on), reason: row.withdrawn_reason } : null,
    version: row.version,
  });
}
