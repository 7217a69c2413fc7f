import { BusinessDate } from '@civic/domain-kernel';
import { PageQuery, RecordDivisions } from '@civic/platform';
import { Facility } from '../domain/facility';

/** A facility as the API shows it; `grade` is the one in force today (null once expired). */
export interface FacilityView {
  id: string;
  name: string;
  kind: string;
  divisionCode: string;
  address: string;
  operatorName: string;
  operatorUscc: string;
  licensedCapacity: number;
  filingStatus: 'filed' | 'revoked';
  filedOn: string;
  revokedOn: string | null;
  revokedReason: string | null;
  grade: { stars: number; gradedOn: string; validUntil: string } | null;
  lastGrade: { stars: number; gradedOn: string; validUntil: string } | null;
  creditScore: number;
  version: number;
}

export interface CreditMoveView {
  delta: number;
  score: number;
  reason: string;
  movedOn: string;
  recordedBy: string;
  recordedAt: string;
}

export interface FacilityFilter {
  divisionCode?: string;
  kind?: string;
  filingStatus?: string;
}

/** Query port: the read side of facilities, within the caller's districts; finds a record's division for DistrictScope.record. */
export interface FacilityQueries extends RecordDivisions {
  get(id: string): Promise<FacilityView | null>;
  list(filter: FacilityFilter, page: PageQuery): Promise<{ items: FacilityView[]; total: number }>;
  /** 信用评价: every move of the facility's credit score, latest first. */
  creditMoves(id: string, page: PageQuery): Promise<{ items: CreditMoveView[]; total: number }>;
}

export const FACILITY_QUERIES = Symbol('FACILITY_QUERIES');

export function facilityView(subject: Facility, today: BusinessDate): FacilityView {
  const s = subject.snapshot();
  const grade = (g: typeof s.grade) => g && { stars: g.stars, gradedOn: g.gradedOn.toString(), validUntil: g.validUntil.toString() };
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    divisionCode: s.divisionCode,
    address: s.address,
    operatorName: s.operatorName,
    operatorUscc: s.operatorUscc,
    licensedCapacity: s.licensedCapacity,
    filingStatus: s.filingStatus,
    filedOn: s.filedOn.toString(),
    revokedOn: s.revokedOn?.toString() ?? null,
    revokedReason: s.revokedReason,
    grade: grade(subject.gradeOn(today)),
    lastGrade: grade(s.grade),
    creditScore: s.creditScore,
    version: s.version,
  };
}
