import { PageQuery, RecordDivisions } from '@civic/platform';
import { Organisation } from '../domain/organisation';

/** A social organisation as the API shows it. */
export interface OrganisationView {
  id: string;
  uscc: string;
  kind: string;
  name: string;
  domicileDivisionCode: string;
  authorityLevel: string;
  legalRepresentative: string;
  registeredCapital: string | null;
  registeredOn: string;
  status: string;
  deregisteredOn: string | null;
  deregistrationReason: string | null;
  grade: string | null;
  gradedOn: string | null;
  gradeExpiresOn: string | null;
  dormant: boolean;
  dormantSince: string | null;
  inactiveYears: number[] | null;
  charityRecognisedOn: string | null;
  fundraisingQualifiedOn: string | null;
  version: number;
}

export interface OrganisationFilter {
  divisionCode?: string;
  kind?: string;
  status?: string;
  grade?: string;
  dormant?: boolean;
  /** Grades that expire on or before this date (the evaluation office's list ahead of time). */
  gradeExpiresBy?: string;
  name?: string;
}

export interface OrganisationHistoryView {
  change: string;
  detail: unknown;
  recordedBy: string;
  recordedAt: string;
}

export interface InspectionView {
  year: number;
  result: string;
  activityCount: number;
  submittedOn: string;
  late: boolean;
}

/** Query port: the read side of social organisations, within the caller's districts. */
export interface OrganisationQueries extends RecordDivisions {
  get(id: string): Promise<OrganisationView | null>;
  list(filter: OrganisationFilter, page: PageQuery): Promise<{ items: OrganisationView[]; total: number }>;
  history(id: string): Promise<OrganisationHistoryView[]>;
  inspections(id: string): Promise<InspectionView[]>;
}

export const ORGANISATION_QUERIES = Symbol('ORGANISATION_QUERIES');

export function organisationView(organisation: Organisation): OrganisationView {
  const s = organisation.snapshot();
  return {
    id: s.id,
    uscc: s.uscc,
    kind: s.kind,
    name: s.name,
    domicileDivisionCode: s.domicileDivisionCode,
    authorityLevel: s.authorityLevel,
    legalRepresentative: s.legalRepresentative,
    registeredCapital: s.registeredCapital?.toString() ?? null,
    registeredOn: s.registeredOn.toString(),
    status: s.status,
    deregisteredOn: s.deregistration?.on.toString() ?? null,
    deregistrationReason: s.deregistration?.reason ?? null,
    grade: s.grade ? `${s.grade.grade}A` : null,
    gradedOn: s.grade?.on.toString() ?? null,
    gradeExpiresOn: s.grade?.expiresOn.toString() ?? null,
    dormant: s.dormancy !== null,
    dormantSince: s.dormancy?.since.toString() ?? null,
    inactiveYears: s.dormancy?.inactiveYears ?? null,
    charityRecognisedOn: s.charityRecognisedOn?.toString() ?? null,
    fundraisingQualifiedOn: s.fundraisingQualifiedOn?.toString() ?? null,
    version: s.version,
  };
}
