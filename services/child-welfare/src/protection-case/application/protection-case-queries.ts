import { PageQuery, RecordDivisions } from '@civic/platform';
import { CaseTimeLimits } from '../domain/case-time-limits';
import { ProtectionCase } from '../domain/protection-case';

/** A case as the API shows it; `overdue` as of today. */
export interface ProtectionCaseView {
  id: string;
  childId: string | null;
  workstationId: string;
  divisionCode: string;
  directorId: string | null;
  source: string;
  concern: string;
  reportedOn: string;
  stage: string;
  stageSince: string;
  dueOn: string | null;
  overdue: boolean;
  assessment: { assessedOn: string; riskLevel: string; findings: string } | null;
  plan: { plannedOn: string; measures: string } | null;
  visits: { visitedOn: string; notes: string }[];
  referrals: { id: string; to: string; agency: string; reason: string; referredOn: string }[];
  closedOn: string | null;
  closedReason: string | null;
  version: number;
}

export interface ProtectionCaseFilter {
  divisionCode?: string;
  workstationId?: string;
  childId?: string;
  stage?: string;
  overdue?: boolean;
}

/** Open cases per workstation and stage, with how many are overdue. */
export interface CaseStatisticsRow {
  districtCode: string;
  workstationId: string;
  stage: string;
  open: number;
  overdue: number;
}

/** Query port: cases within the caller's districts. */
export interface ProtectionCaseQueries extends RecordDivisions {
  get(id: string, today: string): Promise<ProtectionCaseView | null>;
  list(filter: ProtectionCaseFilter, today: string, page: PageQuery): Promise<{ items: ProtectionCaseView[]; total: number }>;
  statistics(today: string, divisionCode?: string): Promise<CaseStatisticsRow[]>;
  timeLimits(): Promise<CaseTimeLimits>;
}

export const PROTECTION_CASE_QUERIES = Symbol('PROTECTION_CASE_QUERIES');

export function protectionCaseView(subject: ProtectionCase, overdue: boolean): ProtectionCaseView {
  const s = subject.snapshot();
  return {
    id: s.id,
    childId: s.childId,
    workstationId: s.workstationId,
    divisionCode: s.divisionCode,
    directorId: s.directorId,
    source: s.source,
    concern: s.concern,
    reportedOn: s.reportedOn.toString(),
    stage: s.stage,
    stageSince: s.stageSince.toString(),
    dueOn: s.dueOn?.toString() ?? null,
    overdue,
    assessment: s.assessment && { ...s.assessment, assessedOn: s.assessment.assessedOn.toString() },
    plan: s.plan && { ...s.plan, plannedOn: s.plan.plannedOn.toString() },
    visits: s.visits.map((v) => ({ ...v, visitedOn: v.visitedOn.toString() })),
    referrals: s.referrals.map((r) => ({ ...r, referredOn: r.referredOn.toString() })),
    closedOn: s.closedOn?.toString() ?? null,
    closedReason: s.closedReason,
    version: s.version,
  };
}
