import { BusinessDate, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

export const REPORT_SOURCES = ['public-report', 'inspection', 'referral'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
export type ReportStatus = 'reported' | 'investigating' | 'banned' | 'referred' | 'dismissed';

/** One step of the handling, as its history keeps it. */
export interface HandlingStep {
  status: ReportStatus;
  on: BusinessDate;
  note: string;
}

export interface IllegalOrganisationReportState {
  id: string;
  name: string;
  divisionCode: string;
  source: ReportSource;
  description: string;
  reportedOn: BusinessDate;
  status: ReportStatus;
  /** 取缔决定书 of a ban; the receiving authority of a referral. */
  decisionNo: string | null;
  referredTo: string | null;
  version: number;
}

/** Which steps may follow which: a report is investigated, then banned (取缔), referred (移交) or dismissed; dismissed also straight away. */
const NEXT: Record<ReportStatus, ReportStatus[]> = {
  reported: ['investigating', 'dismissed'],
  investigating: ['banned', 'referred', 'dismissed'],
  banned: [],
  referred: [],
  dismissed: [],
};

/**
 * A report of an illegal social organisation (非法社会组织: acting as one without registration, or
 * after deregistration) and its handling (打击整治), each step dated and kept in its history.
 */
export class IllegalOrganisationReport {
  private readonly steps: HandlingStep[] = [];

  private constructor(private state: IllegalOrganisationReportState) {}

  static restore(state: IllegalOrganisationReportState): IllegalOrganisationReport {
    return new IllegalOrganisationReport({ ...state });
  }

  static report(input: {
    id: string;
    name: string;
    divisionCode: string;
    source: ReportSource;
    description: string;
    reportedOn: BusinessDate;
  }): IllegalOrganisationReport {
    const report = new IllegalOrganisationReport({
      id: input.id,
      name: text(input.name, 'name', 100),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      source: input.source,
      description: text(input.description, 'description', 2000),
      reportedOn: input.reportedOn,
      status: 'reported',
      decisionNo: null,
      referredTo: null,
      version: 1,
    });
    report.steps.push({ status: 'reported', on: input.reportedOn, note: report.state.description });
    return report;
  }

  investigate(on: BusinessDate, note: string): void {
    this.move('investigating', on, note);
  }

  /** 取缔: banned by a decision. */
  ban(on: BusinessDate, decisionNo: string, note: string): void {
    this.move('banned', on, note, { decisionNo: text(decisionNo, 'decisionNo', 50) });
  }

  /** 移交: handed to the authority that has jurisdiction (public security, market regulation). */
  refer(on: BusinessDate, referredTo: string, note: string): void {
    this.move('referred', on, note, { referredTo: text(referredTo, 'referredTo', 100) });
  }

  dismiss(on: BusinessDate, note: string): void {
    this.move('dismissed', on, note);
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<IllegalOrganisationReportState> {
    return { ...this.state };
  }
  pullSteps(): HandlingStep[] {
    return this.steps.splice(0);
  }

  private move(status: ReportStatus, on: BusinessDate, note: string, more: Partial<IllegalOrganisationReportState> = {}): void {
    if (!NEXT[this.state.status].includes(status))
      throw new DomainError('ILLEGAL_ORGANISATION.TRANSITION_REFUSED', `a report ${this.state.status} cannot become ${status}`, 'conflict');
    if (on.isBefore(this.state.reportedOn))
      throw new DomainError('ILLEGAL_ORGANISATION.BEFORE_REPORT', `the step cannot precede the report on ${this.state.reportedOn}`, 'rule', 'on');
    const why = text(note, 'note', 1000);
    this.state = { ...this.state, ...more, status, version: this.state.version + 1 };
    this.steps.push({ status, on, note: why });
  }
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'ILLEGAL_ORGANISATION');

export function reportNotFound(id: string): DomainError {
  return new DomainError('ILLEGAL_ORGANISATION.NOT_FOUND', `no illegal organisation report ${id}`, 'not-found');
}
