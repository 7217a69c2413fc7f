import { ServiceItem } from '../domain/service-item';

/** A catalogue item as the API shows it. */
export interface ServiceItemView {
  code: string;
  name: string;
  legalBasis: string;
  department: string;
  timeLimitDays: number;
  materials: string[];
  status: 'admitted' | 'withdrawn';
  admission: { decisionNo: string; on: string };
  committeeAdmission: { decisionNo: string; on: string } | null;
  withdrawal: { on: string; reason: string } | null;
  version: number;
}

export interface ServiceItemHistoryView {
  change: string;
  terms: { name: string; legalBasis: string; department: string; timeLimitDays: number; materials: string[] };
  detail: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface PushDownView {
  divisionCode: string;
  pushedOn: string;
  endedOn: string | null;
}

/** Query port: the city-wide catalogue, an item's history and where it was pushed down. */
export interface ServiceItemQueries {
  get(code: string): Promise<ServiceItemView | null>;
  list(filter: { status?: string; department?: string }): Promise<ServiceItemView[]>;
  history(code: string): Promise<ServiceItemHistoryView[]>;
  pushDowns(code: string): Promise<PushDownView[]>;
}

export const SERVICE_ITEM_QUERIES = Symbol('SERVICE_ITEM_QUERIES');

export function serviceItemView(item: ServiceItem): ServiceItemView {
  const s = item.snapshot();
  return {
    code: s.code,
    name: s.name,
    legalBasis: s.legalBasis,
    department: s.department,
    timeLimitDays: s.timeLimitDays,
    materials: s.materials,
    status: s.status,
    admission: { decisionNo: s.admission.decisionNo, on: s.admission.on.toString() },
    committeeAdmission: s.committeeAdmission ? { decisionNo: s.committeeAdmission.decisionNo, on: s.committeeAdmission.on.toString() } : null,
    withdrawal: s.withdrawal ? { on: s.withdrawal.on.toString(), reason: s.withdrawal.reason } : null,
    version: s.version,
  };
}
