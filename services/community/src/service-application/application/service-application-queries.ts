import { BusinessDate } from '@civic/domain-kernel';
import { KeysetQuery, RecordDivisions } from '@civic/platform';
import { ServiceApplication } from '../domain/service-application';

/** An application as the API shows it (the citizen ID as stored; the controller masks it for the caller). */
export interface ServiceApplicationView {
  id: string;
  itemCode: string;
  centreCode: string;
  applicantCitizenId: string;
  applicantName: string;
  receivedOn: string;
  dueOn: string;
  status: 'accepted' | 'concluded';
  concludedOn: string | null;
  outcome: string | null;
  note: string | null;
  overdue: boolean;
  late: boolean;
  version: number;
}

export interface ServiceApplicationFilter {
  divisionCode?: string;
  itemCode?: string;
  status?: string;
  overdue?: boolean;
}

/** Applications by status per district (overdue: open after the due day; late: concluded after it). */
export interface ApplicationStatistics {
  districtCode: string;
  accepted: number;
  overdue: number;
  concluded: number;
  concludedLate: number;
}

/** Query port: applications within the caller's districts, in keyset pages; their statistics per district. */
export interface ServiceApplicationQueries extends RecordDivisions {
  get(id: string, today: BusinessDate): Promise<ServiceApplicationView | null>;
  list(filter: ServiceApplicationFilter, today: BusinessDate, page: KeysetQuery): Promise<ServiceApplicationView[]>;
  statistics(divisionCode: string | undefined, today: BusinessDate): Promise<ApplicationStatistics[]>;
}

export const SERVICE_APPLICATION_QUERIES = Symbol('SERVICE_APPLICATION_QUERIES');

export function serviceApplicationView(application: ServiceApplication, today: BusinessDate): ServiceApplicationView {
  const s = application.snapshot();
  return {
    id: s.id,
    itemCode: s.itemCode,
    centreCode: s.centreCode,
    applicantCitizenId: s.applicant.citizenId.value,
    applicantName: s.applicant.name,
    receivedOn: s.receivedOn.toString(),
    dueOn: s.dueOn.toString(),
    status: s.status,
    concludedOn: s.conclusion?.on.toString() ?? null,
    outcome: s.conclusion?.outcome ?? null,
    note: s.conclusion?.note ?? null,
    overdue: application.isOverdue(today),
    late: application.wasLate(),
    version: s.version,
  };
}
