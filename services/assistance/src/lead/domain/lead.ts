import { DomainError } from '@civic/domain-kernel';
import { LeadRule } from './lead-rule';

export type LeadStatus = 'open' | 'assigned' | 'following' | 'converted' | 'dismissed';
export const LEAD_STATUS_LABELS = 'open 待分派 | assigned 已分派 | following 跟进中 | converted 已转申请 | dismissed 已排除';

export interface LeadNote {
  at: string;
  by: string;
  text: string;
}

/** Where a lead came from: the rule that fired on a fact about a person, and the household found for them. */
export interface LeadOrigin {
  ruleCode: string;
  kind: string;
  summary: string;
  sourceEventId: string;
  sourceEventType: string;
  citizenId: string | null;
  personName: string | null;
  divisionCode: string;
  householdId: string | null;
}

export interface LeadState extends LeadOrigin {
  id: string;
  status: LeadStatus;
  assignee: string | null;
  notes: LeadNote[];
  applicationId: string | null;
  dismissReason: string | null;
  version: number;
}

/** A lead (线索) for an assistance adviser (救助顾问): assigned, followed up, then converted or dismissed. */
export class Lead {
  private constructor(private state: LeadState) {}

  static restore(state: LeadState): Lead {
    return new Lead({ ...state, notes: [...state.notes] });
  }

  /**
   * A rule fired on a fact about a person: the lead goes to the advisers of the household's division
   * (or, for someone in no household here, of the division the fact names).
   */
  static raise(
    id: string,
    rule: LeadRule,
    fact: { eventId: string; eventType: string; citizenId: string; personName: string; divisionCode: string },
    household: { id: string; divisionCode: string } | null,
  ): Lead {
    return new Lead({
      id,
      ruleCode: rule.code,
      kind: rule.leadKind,
      summary: rule.summary,
      sourceEventId: fact.eventId,
      sourceEventType: fact.eventType,
      citizenId: fact.citizenId,
      personName: fact.personName,
      divisionCode: household?.divisionCode ?? fact.divisionCode,
      householdId: household?.id ?? null,
      status: 'open',
      assignee: null,
      notes: [],
      applicationId: null,
      dismissReason: null,
      version: 1,
    });
  }

  assign(adviser: string): void {
    this.require(['open', 'assigned', 'following'], 'assign');
    if (!adviser.trim()) throw new DomainError('LEAD.ASSIGNEE_REQUIRED', 'name the adviser', 'invalid', 'assignee');
    this.state = {
      ...this.state,
      status: this.state.status === 'following' ? 'following' : 'assigned',
      assignee: adviser.trim(),
      version: this.state.version + 1,
    };
  }

  followUp(note: LeadNote): void {
    this.require(['assigned', 'following'], 'record a follow-up');
    this.state = { ...this.state, status: 'following', notes: [...this.state.notes, note], version: this.state.version + 1 };
  }

  convert(applicationId: string): void {
    this.require(['assigned', 'following'], 'convert');
    this.state = { ...this.state, status: 'converted', applicationId, version: this.state.version + 1 };
  }

  dismiss(reason: string): void {
    this.require(['open', 'assigned', 'following'], 'dismiss');
    if (!reason.trim()) throw new DomainError('LEAD.REASON_REQUIRED', 'a dismissal needs a reason', 'invalid', 'reason');
    this.state = { ...this.state, status: 'dismissed', dismissReason: reason.trim(), version: this.state.version + 1 };
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  get householdId(): string | null {
    return this.state.householdId;
  }
  snapshot(): Readonly<LeadState> {
    return { ...this.state };
  }

  private require(allowed: LeadStatus[], action: string): void {
    if (!allowed.includes(this.state.status)) {
      throw new DomainError('LEAD.ILLEGAL_TRANSITION', `cannot ${action} a ${this.state.status} lead`, 'conflict');
    }
  }
}

export function leadNotFound(id: string): DomainError {
  return new DomainError('LEAD.NOT_FOUND', `no lead ${id}`, 'not-found');
}
