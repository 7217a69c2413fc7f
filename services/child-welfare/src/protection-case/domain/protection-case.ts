import { BusinessDate, DomainError, notInFuture, requiredText } from '@civic/domain-kernel';
import { CaseTimeLimits, OpenStage, stageDue } from './case-time-limits';

export type CaseStage = OpenStage | 'closed';
export const CASE_SOURCES = ['hotline', 'school', 'police', 'community', 'hospital', 'guardian', 'self', 'guardian-death', 'other'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const REFERRAL_TARGETS = ['assistance', 'eldercare', 'police', 'court', 'education', 'health', 'procuratorate', 'other'] as const;

export interface Referral {
  id: string;
  to: string;
  agency: string;
  reason: string;
  referredOn: BusinessDate;
}

export interface ProtectionCaseState {
  id: string;
  childId: string | null;
  workstationId: string;
  divisionCode: string;
  directorId: string | null;
  source: string;
  concern: string;
  reportedOn: BusinessDate;
  stage: CaseStage;
  stageSince: BusinessDate;
  dueOn: BusinessDate | null;
  assessment: { assessedOn: BusinessDate; riskLevel: string; findings: string } | null;
  plan: { plannedOn: BusinessDate; measures: string } | null;
  visits: { visitedOn: BusinessDate; notes: string }[];
  referrals: Referral[];
  closedOn: BusinessDate | null;
  closedReason: string | null;
  version: number;
}

export type ProtectionCaseChange = { kind: 'opened' } | { kind: 'advanced' } | { kind: 'referred'; referral: Referral } | { kind: 'closed' };

/**
 * 未成年人保护个案: report -> assessment -> plan -> follow-up visits -> closed, owned by a workstation
 * and a child director; each open stage has a time limit (data), past which the case is overdue.
 */
export class ProtectionCase {
  private readonly changes: ProtectionCaseChange[] = [];

  private constructor(private state: ProtectionCaseState) {}

  static restore(state: ProtectionCaseState): ProtectionCase {
    return new ProtectionCase({ ...state, visits: [...state.visits], referrals: [...state.referrals] });
  }

  static report(
    input: {
      id: string;
      childId: string | null;
      workstation: { id: string; divisionCode: string };
      directorId: string | null;
      source: string;
      concern: string;
      reportedOn: BusinessDate;
    },
    limits: CaseTimeLimits,
    today: BusinessDate,
  ): ProtectionCase {
    if (!(CASE_SOURCES as readonly string[]).includes(input.source))
      throw new DomainError('PROTECTION_CASE.SOURCE_INVALID', `source must be one of ${CASE_SOURCES.join(', ')}`, 'invalid', 'source');
    notAfter(input.reportedOn, today, 'reportedOn');
    const opened = new ProtectionCase({
      id: input.id,
      childId: input.childId,
      workstationId: input.workstation.id,
      divisionCode: input.workstation.divisionCode,
      directorId: input.directorId,
      source: input.source,
      concern: text(input.concern, 'concern', 2000),
      reportedOn: input.reportedOn,
      stage: 'reported',
      stageSince: input.reportedOn,
      dueOn: stageDue(limits, 'reported', input.reportedOn),
      assessment: null,
      plan: null,
      visits: [],
      referrals: [],
      closedOn: null,
      closedReason: null,
      version: 1,
    });
    opened.changes.push({ kind: 'opened' });
    return opened;
  }

  /** 评估: the risk found, from the report. */
  assess(input: { assessedOn: BusinessDate; riskLevel: string; findings: string }, limits: CaseTimeLimits, today: BusinessDate): void {
    if (!(RISK_LEVELS as readonly string[]).includes(input.riskLevel))
      throw new DomainError('PROTECTION_CASE.RISK_INVALID', 'riskLevel must be low, medium or high', 'invalid', 'riskLevel');
    this.advance('reported', 'assessed', input.assessedOn, limits, today, 'assessedOn');
    this.state = { ...this.state, assessment: { assessedOn: input.assessedOn, riskLevel: input.riskLevel, findings: text(input.findings, 'findings', 2000) } };
  }

  /** 制定方案: the measures planned, from the assessment. */
  planMeasures(input: { plannedOn: BusinessDate; measures: string }, limits: CaseTimeLimits, today: BusinessDate): void {
    this.advance('assessed', 'planned', input.plannedOn, limits, today, 'plannedOn');
    this.state = { ...this.state, plan: { plannedOn: input.plannedOn, measures: text(input.measures, 'measures', 2000) } };
  }

  /** 跟踪回访: a follow-up visit; the first moves the case to follow-up, each restarts the stage's clock. */
  visit(input: { visitedOn: BusinessDate; notes: string }, limits: CaseTimeLimits, today: BusinessDate): void {
    if (this.state.stage !== 'planned' && this.state.stage !== 'follow-up') throw wrongStage(this.state.stage, 'visited', 'planned or follow-up');
    const last = this.state.visits[this.state.visits.length - 1]?.visitedOn ?? this.state.stageSince;
    notAfter(input.visitedOn, today, 'visitedOn');
    if (last.isAfter(input.visitedOn)) throw new DomainError('PROTECTION_CASE.OUT_OF_ORDER', `visitedOn cannot be before ${last}`, 'rule', 'visitedOn');
    const visit = { visitedOn: input.visitedOn, notes: text(input.notes, 'notes', 2000) };
    this.state = {
      ...this.state,
      stage: 'follow-up',
      stageSince: input.visitedOn,
      dueOn: stageDue(limits, 'follow-up', input.visitedOn),
      visits: [...this.state.visits, visit],
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'advanced' });
  }

  /** 转介: referred to another context or agency; the case stays with its workstation. */
  refer(input: Referral, today: BusinessDate): void {
    this.requireOpen();
    if (!(REFERRAL_TARGETS as readonly string[]).includes(input.to))
      throw new DomainError('PROTECTION_CASE.REFERRAL_INVALID', `to must be one of ${REFERRAL_TARGETS.join(', ')}`, 'invalid', 'to');
    notAfter(input.referredOn, today, 'referredOn');
    const referral = { ...input, agency: text(input.agency, 'agency', 100), reason: text(input.reason, 'reason', 1000) };
    this.state = { ...this.state, referrals: [...this.state.referrals, referral], version: this.state.version + 1 };
    this.changes.push({ kind: 'referred', referral });
  }

  /** The case passes to another director of its workstation (or gets its first). */
  assign(directorId: string): void {
    this.requireOpen();
    this.state = { ...this.state, directorId, version: this.state.version + 1 };
  }

  /** 结案, with the reason, from any open stage. */
  close(input: { closedOn: BusinessDate; reason: string }, today: BusinessDate): void {
    this.requireOpen();
    notAfter(input.closedOn, today, 'closedOn');
    if (this.state.stageSince.isAfter(input.closedOn))
      throw new DomainError('PROTECTION_CASE.OUT_OF_ORDER', `closedOn cannot be before the stage began (${this.state.stageSince})`, 'rule', 'closedOn');
    this.state = {
      ...this.state,
      stage: 'closed',
      dueOn: null,
      closedOn: input.closedOn,
      closedReason: text(input.reason, 'reason', 500),
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'closed' });
  }

  isOverdue(today: BusinessDate): boolean {
    return this.state.dueOn !== null && today.isAfter(this.state.dueOn);
  }
  get isOpen(): boolean {
    return this.state.stage !== 'closed';
  }
  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get workstationId(): string {
    return this.state.workstationId;
  }
  snapshot(): Readonly<ProtectionCaseState> {
    return { ...this.state };
  }
  pullChanges(): ProtectionCaseChange[] {
    return this.changes.splice(0);
  }

  private advance(from: OpenStage, to: OpenStage, on: BusinessDate, limits: CaseTimeLimits, today: BusinessDate, field: string): void {
    if (this.state.stage !== from) throw wrongStage(this.state.stage, to, from);
    notAfter(on, today, field);
    if (this.state.stageSince.isAfter(on))
      throw new DomainError('PROTECTION_CASE.OUT_OF_ORDER', `${field} cannot be before the stage began (${this.state.stageSince})`, 'rule', field);
    this.state = { ...this.state, stage: to, stageSince: on, dueOn: stageDue(limits, to, on), version: this.state.version + 1 };
    this.changes.push({ kind: 'advanced' });
  }

  private requireOpen(): void {
    if (this.state.stage === 'closed') throw new DomainError('PROTECTION_CASE.CLOSED', 'the case is closed', 'conflict');
  }
}

function wrongStage(stage: CaseStage, to: string, from: string): DomainError {
  return new DomainError('PROTECTION_CASE.WRONG_STAGE', `the case is ${stage}; it can be ${to} only when ${from}`, 'conflict');
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'PROTECTION_CASE');

const notAfter = (date: BusinessDate, today: BusinessDate, field: string): void => notInFuture(date, today, field, 'PROTECTION_CASE');

export function protectionCaseNotFound(id: string): DomainError {
  return new DomainError('PROTECTION_CASE.NOT_FOUND', `no protection case ${id}`, 'not-found');
}
