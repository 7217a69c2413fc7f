import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DormancyEvidence } from '../domain/dormancy';
import { inspectionRecorded, Organisation, usccTaken } from '../domain/organisation';
import { OrganisationChange } from '../domain/organisation-change';
import { OrganisationRepository } from '../domain/organisation.repository';
import { ORGANISATION_COLUMNS, OrganisationRow } from './organisation.row';

const date = (value: BusinessDate | null | undefined): string | null => value?.toString() ?? null;

/** Adapter: `organisation`, its `organisation_history` and `annual_inspection` (one per organisation and year: the key refuses a second). */
@Injectable()
export class SqlOrganisationRepository implements OrganisationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Organisation | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${ORGANISATION_COLUMNS} FROM organisation WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(organisation: Organisation, expectedVersion: number | null, changes: OrganisationChange[], recordedBy: string): Promise<void> {
    const s = organisation.snapshot();
    const tx = this.uow.transaction();
    const values = [
      s.id,
      s.name,
      s.domicileDivisionCode,
      districtOf(s.domicileDivisionCode),
      s.legalRepresentative,
      s.status,
      date(s.deregistration?.on),
      s.deregistration?.reason ?? null,
      s.grade?.grade ?? null,
      date(s.grade?.on),
      date(s.grade?.expiresOn),
      date(s.dormancy?.since),
      s.dormancy?.inactiveYears ?? null,
      date(s.dormancyClearedOn),
      date(s.charityRecognisedOn),
      date(s.fundraisingQualifiedOn),
      s.version,
    ];
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO organisation (id, name, domicile_division_code, district_code, legal_representative, status, deregistered_on, deregistration_reason,
               grade, graded_on, grade_expires_on, dormant_since, inactive_years, dormancy_cleared_on, charity_recognised_on, fundraising_qualified_on, version,
               uscc, kind, authority_level, registered_capital_fen, registered_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
            [...values, s.uscc, s.kind, s.authorityLevel, s.registeredCapital?.fen ?? null, s.registeredOn.toString()],
          ),
        { organisation_uscc_key: usccTaken },
      );
    } else {
      const rows = await queryReturning(
        tx,
        `UPDATE organisation SET name = $2, domicile_division_code = $3, district_code = $4, legal_representative = $5, status = $6, deregistered_on = $7,
           deregistration_reason = $8, grade = $9, graded_on = $10, grade_expires_on = $11, dormant_since = $12, inactive_years = $13,
           dormancy_cleared_on = $14, charity_recognised_on = $15, fundraising_qualified_on = $16, version = $17
         WHERE id = $1 AND version = $18 RETURNING id`,
        [...values, expectedVersion],
      );
      if (rows.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) {
      if (change.kind === 'inspected')
        await translatingConstraints(
          () =>
            tx.query(
              `INSERT INTO annual_inspection (organisation_id, year, result, activity_count, submitted_on, late, district_code, recorded_by)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [s.id, change.year, change.result, change.activityCount, change.on.toString(), change.late, districtOf(s.domicileDivisionCode), recordedBy],
            ),
          { annual_inspection_pkey: inspectionRecorded },
        );
      const { kind, ...detail } = change;
      await tx.query(`INSERT INTO organisation_history (organisation_id, change, detail, recorded_by) VALUES ($1, $2, $3, $4)`, [
        s.id,
        kind,
        JSON.stringify(detail),
        recordedBy,
      ]);
    }
  }

  async dormancyCandidates(afterId: string | null, limit: number, years: number[]): Promise<Array<{ id: string } & DormancyEvidence>> {
    const rows: Array<{ id: string; registered_on: string; dormancy_cleared_on: string | null; activities: Record<string, number> | null }> = await this.uow
      .manager()
      .query(
        `SELECT o.id, o.registered_on::text AS registered_on, o.dormancy_cleared_on::text AS dormancy_cleared_on,
                (SELECT jsonb_object_agg(i.year, i.activity_count) FROM annual_inspection i WHERE i.organisation_id = o.id AND i.year = ANY($3::int[])) AS activities
           FROM organisation o
          WHERE o.status = 'registered' AND o.dormant_since IS NULL AND ($1::uuid IS NULL OR o.id > $1::uuid)
          ORDER BY o.id LIMIT $2`,
        [afterId, limit, years],
      );
    return rows.map((row) => ({
      id: row.id,
      registeredOn: BusinessDate.parse(row.registered_on),
      dormancyClearedOn: row.dormancy_cleared_on ? BusinessDate.parse(row.dormancy_cleared_on) : null,
      activitiesByYear: new Map(Object.entries(row.activities ?? {}).map(([year, count]) => [Number(year), count])),
    }));
  }
}

const optionalDate = (value: string | null): BusinessDate | null => (value ? BusinessDate.parse(value) : null);

export function toAggregate(row: OrganisationRow): Organisation {
  return Organisation.restore({
    id: row.id,
    uscc: row.uscc,
    kind: row.kind,
    name: row.name,
    domicileDivisionCode: row.domicile_division_code,
    authorityLevel: row.authority_level,
    legalRepresentative: row.legal_representative,
    registeredCapital: row.registered_capital_fen === null ? null : Money.ofFen(Number(row.registered_capital_fen)),
    registeredOn: BusinessDate.parse(row.registered_on),
    status: row.status,
    deregistration: row.deregistered_on ? { on: BusinessDate.parse(row.deregistered_on), reason: row.deregistration_reason ?? '' } : null,
    grade:
      row.grade && row.graded_on && row.grade_expires_on
        ? { grade: row.grade, on: BusinessDate.parse(row.graded_on), expiresOn: BusinessDate.parse(row.grade_expires_on) }
        : null,
    dormancy: row.dormant_since ? { since: BusinessDate.parse(row.dormant_since), inactiveYears: row.inactive_years ?? [] } : null,
    dormancyClearedOn: optionalDate(row.dormancy_cleared_on),
    charityRecognisedOn: optionalDate(row.charity_recognised_on),
    fundraisingQualifiedOn: optionalDate(row.fundraising_qualified_on),
    version: row.version,
  });
}
