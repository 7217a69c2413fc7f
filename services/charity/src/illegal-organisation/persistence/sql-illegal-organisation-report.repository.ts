import { BusinessDate, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HandlingStep, IllegalOrganisationReport } from '../domain/illegal-organisation-report';
import { IllegalOrganisationReportRepository } from '../domain/illegal-organisation-report.repository';
import { IllegalOrganisationReportRow, REPORT_COLUMNS } from './illegal-organisation-report.row';

/** Adapter: `illegal_organisation_report` and its `illegal_organisation_handling` history. */
@Injectable()
export class SqlIllegalOrganisationReportRepository implements IllegalOrganisationReportRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<IllegalOrganisationReport | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${REPORT_COLUMNS} FROM illegal_organisation_report WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(report: IllegalOrganisationReport, expectedVersion: number | null, steps: HandlingStep[], recordedBy: string): Promise<void> {
    const s = report.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO illegal_organisation_report (id, name, division_code, district_code, source, description, reported_on, status, decision_no, referred_to, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          s.id,
          s.name,
          s.divisionCode,
          districtOf(s.divisionCode),
          s.source,
          s.description,
          s.reportedOn.toString(),
          s.status,
          s.decisionNo,
          s.referredTo,
          s.version,
        ],
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE illegal_organisation_report SET status = $2, decision_no = $3, referred_to = $4, version = $5 WHERE id = $1 AND version = $6 RETURNING id`,
        [s.id, s.status, s.decisionNo, s.referredTo, s.version, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const step of steps)
      await tx.query(`INSERT INTO illegal_organisation_handling (report_id, status, on_date, note, recorded_by) VALUES ($1, $2, $3, $4, $5)`, [
        s.id,
        step.status,
        step.on.toString(),
        step.note,
        recordedBy,
      ]);
  }
}

export function toAggregate(row: IllegalOrganisationReportRow): IllegalOrganisationReport {
  return IllegalOrganisationReport.restore({
    id: row.id,
    name: row.name,
    divisionCode: row.division_code,
    source: row.source,
    description: row.description,
    reportedOn: BusinessDate.parse(row.reported_on),
    status: row.status,
    decisionNo: row.decision_no,
    referredTo: row.referred_to,
    version: row.version,
  });
}
