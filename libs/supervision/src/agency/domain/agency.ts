import { BusinessDate, DivisionCode, DomainError } from '@civic/domain-kernel';
import { ActionKind, AgencyStatus, checkAction, nextStatus, validAgencyCode } from './agency-rules';

export interface Complaint {
  id: string;
  receivedOn: BusinessDate;
  complainant: string;
  summary: string;
  status: 'open' | 'upheld' | 'dismissed';
  resolution: string | null;
  resolvedOn: BusinessDate | null;
}

export interface SupervisoryAction {
  id: string;
  kind: ActionKind;
  takenOn: BusinessDate;
  findings: string;
  rectifyBy: BusinessDate | null;
  partners: string[];
}

export interface AgencyState {
  id: string;
  uscc: string;
  name: string;
  divisionCode: string;
  status: AgencyStatus;
  statusReason: string | null;
  registeredOn: BusinessDate;
  complaints: Complaint[];
  actions: SupervisoryAction[];
  version: number;
}

export type AgencyChange =
  | { kind: 'registered' }
  | { kind: 'complaint-received'; complaint: Complaint }
  | { kind: 'complaint-resolved'; complaint: Complaint }
  | { kind: 'action-taken'; action: SupervisoryAction }
  | { kind: 'status-changed' };

/**
 * A supervised agency (婚姻介绍机构, 殡葬代理): registered under its USCC, with the complaints
 * against it, the inspections, rectification notices and joint enforcement it met, and its status.
 */
export class Agency {
  private readonly changes: AgencyChange[] = [];

  private constructor(private state: AgencyState) {}

  static restore(state: AgencyState): Agency {
    return new Agency({ ...state, complaints: [...state.complaints], actions: [...state.actions] });
  }

  static register(input: { id: string; uscc: string; name: string; divisionCode: string; on: BusinessDate }): Agency {
    const name = input.name.trim();
    if (!name) throw new DomainError('AGENCY.NAME_REQUIRED', 'an agency needs its name', 'invalid', 'name');
    const agency = new Agency({
      id: input.id,
      uscc: validAgencyCode(input.uscc),
      name,
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      status: 'active',
      statusReason: null,
      registeredOn: input.on,
      complaints: [],
      actions: [],
      version: 1,
    });
    agency.changes.push({ kind: 'registered' });
    return agency;
  }

  /** A complaint is received against an agency that has not been revoked. */
  receiveComplaint(input: { id: string; complainant: string; summary: string; on: BusinessDate }): void {
    if (this.state.status === 'revoked') throw new DomainError('AGENCY.REVOKED', 'the agency has been revoked', 'conflict');
    const complaint: Complaint = {
      id: input.id,
      receivedOn: input.on,
      complainant: input.complainant,
      summary: input.summary,
      status: 'open',
      resolution: null,
      resolvedOn: null,
    };
    this.state = { ...this.state, complaints: [...this.state.complaints, complaint] };
    this.changes.push({ kind: 'complaint-received', complaint });
  }

  /** An open complaint is upheld or dismissed, once, with its reason. */
  resolveComplaint(complaintId: string, upheld: boolean, resolution: string, on: BusinessDate): void {
    if (!resolution.trim()) throw new DomainError('COMPLAINT.RESOLUTION_REQUIRED', 'a resolution needs its reason', 'invalid', 'resolution');
    const open = this.state.complaints.find((c) => c.id === complaintId && c.status === 'open');
    if (!open) throw new DomainError('COMPLAINT.NOT_OPEN', `no open complaint ${complaintId} for this agency`, 'conflict');
    const complaint: Complaint = { ...open, status: upheld ? 'upheld' : 'dismissed', resolution, resolvedOn: on };
    this.state = { ...this.state, complaints: this.state.complaints.map((c) => (c === open ? complaint : c)) };
    this.changes.push({ kind: 'complaint-resolved', complaint });
  }

  /** An inspection, a rectification notice (with its deadline) or joint enforcement with partner departments. */
  takeAction(action: SupervisoryAction): void {
    checkAction(action.kind, action.takenOn, action.rectifyBy);
    this.state = { ...this.state, actions: [...this.state.actions, action] };
    this.changes.push({ kind: 'action-taken', action });
  }

  changeStatus(status: AgencyStatus, reason: string): void {
    this.state = { ...this.state, status: nextStatus(this.state.status, status, reason), statusReason: reason, version: this.state.version + 1 };
    this.changes.push({ kind: 'status-changed' });
  }

  get id(): string {
    return this.state.id;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  snapshot(): Readonly<AgencyState> {
    return { ...this.state };
  }
  pullChanges(): AgencyChange[] {
    return this.changes.splice(0);
  }
}

export function agencyExists(uscc: string): DomainError {
  return new DomainError('AGENCY.EXISTS', `an agency with USCC ${uscc} is already registered`, 'conflict', 'uscc');
}

export function agencyNotFound(id: string): DomainError {
  return new DomainError('AGENCY.NOT_FOUND', `no agency ${id}`, 'not-found');
}
