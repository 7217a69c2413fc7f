import { districtFilter, divisionOfRow, PageQuery, pageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { BedFilter, BedQueries, BedView, ResidencyFilter, ResidencyQueries, ResidencyView } from '../application/bed-queries';

const BED_VIEW = `b.id, b.facility_id, b.division_code, b.code, b.kind, b.home_address, b.status, b.withdrawn_reason, b.version,
  r.id AS residency_id, r.citizen_id, r.name, r.admitted_on::text`;
const BED_FROM = `bed b LEFT JOIN residency r ON r.bed_id = b.id AND r.discharged_on IS NULL`;

const RESIDENCY_VIEW = `r.id, r.bed_id, b.code AS bed_code, b.kind AS bed_kind, r.facility_id, r.division_code, r.citizen_id, r.name, r.admitted_on::text,
  r.offer_id, r.discharged_on::text, r.discharge_reason, r.version`;
const RESIDENCY_FROM = `residency r JOIN bed b ON b.id = r.bed_id`;

/** Adapter of the bed and residency query ports. */
@Injectable()
export class SqlBedQueries implements BedQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'bed', id);
  }

  async get(id: string): Promise<BedView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${BED_VIEW} FROM ${BED_FROM} WHERE b.id = $1`, [id]);
    return row ? bedView(row) : null;
  }

  async list(filter: BedFilter, page: PageQuery): Promise<{ items: BedView[]; total: number }> {
    const where = districtFilter('b.district_code', filter.divisionCode ? { column: 'b.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.facilityId) where.add('b.facility_id = ?', filter.facilityId);
    if (filter.kind) where.add('b.kind = ?', filter.kind);
    if (filter.vacant !== undefined) where.add(filter.vacant ? `r.id IS NULL AND b.status = 'in-service'` : 'r.id IS NOT NULL');
    const { rows, total } = await pageQuery(this.uow.manager(), { columns: BED_VIEW, from: BED_FROM, where, order: 'b.facility_id, b.code' }, page);
    return { items: rows.map(bedView), total };
  }
}

@Injectable()
export class SqlResidencyQueries implements ResidencyQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'residency', id);
  }

  async get(id: string): Promise<ResidencyView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${RESIDENCY_VIEW} FROM ${RESIDENCY_FROM} WHERE r.id = $1`, [id]);
    return row ? residencyView(row) : null;
  }

  async list(filter: ResidencyFilter, page: PageQuery): Promise<{ items: ResidencyView[]; total: number }> {
    const where = districtFilter('r.district_code', filter.divisionCode ? { column: 'r.division_code', prefix: filter.divisionCode } : undefined);
    if (filter.facilityId) where.add('r.facility_id = ?', filter.facilityId);
    if (filter.current !== undefined) where.add(filter.current ? 'r.discharged_on IS NULL' : 'r.discharged_on IS NOT NULL');
    if (filter.citizenId) where.add('r.citizen_id = ?', filter.citizenId);
    const { rows, total } = await pageQuery(
      this.uow.manager(),
      { columns: RESIDENCY_VIEW, from: RESIDENCY_FROM, where, order: 'r.admitted_on DESC, r.id' },
      page,
    );
    return { items: rows.map(residencyView), total };
  }
}

function bedView(r: Record<string, any>): BedView {
  return {
    id: r.id,
    facilityId: r.facility_id,
    divisionCode: r.division_code,
    code: r.code,
    kind: r.kind,
    homeAddress: r.home_address,
    status: r.status,
    withdrawnReason: r.withdrawn_reason,
    occupant: r.residency_id ? { residencyId: r.residency_id, citizenId: r.citizen_id, name: r.name, admittedOn: r.admitted_on } : null,
    version: r.version,
  };
}

function residencyView(r: Record<string, any>): ResidencyView {
  return {
    id: r.id,
    bedId: r.bed_id,
    bedCode: r.bed_code,
    bedKind: r.bed_kind,
    facilityId: r.facility_id,
    divisionCode: r.division_code,
    citizenId: r.citizen_id,
    name: r.name,
    admittedOn: r.admitted_on,
    offerId: r.offer_id,
    dischargedOn: r.discharged_on,
    dischargeReason: r.discharge_reason,
    version: r.version,
  };
}
