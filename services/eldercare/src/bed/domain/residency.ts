import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';
import { DischargeReason, DISCHARGE_REASONS } from './bed-rules';

export interface ResidencyState {
  id: string;
  bedId: string;
  facilityId: string;
  divisionCode: string;
  citizenId: CitizenId;
  name: string;
  admittedOn: BusinessDate;
  /** The waiting-list offer it came from (basic-guarantee beds), or null for a direct admission. */
  offerId: string | null;
  dischargedOn: BusinessDate | null;
  dischargeReason: DischargeReason | null;
  version: number;
}

export type ResidencyChange = { kind: 'admitted' } | { kind: 'discharged'; reason: DischargeReason };

/** 入住: an elder in a bed from admission to discharge (left, deceased or transferred to another bed). */
export class Residency {
  private readonly changes: ResidencyChange[] = [];

  private constructor(private state: ResidencyState) {}

  static restore(state: ResidencyState): Residency {
    return new Residency({ ...state });
  }

  static admit(
    input: {
      id: string;
      bedId: string;
      facilityId: string;
      divisionCode: string;
      citizenId: CitizenId;
      name: string;
      admittedOn: BusinessDate;
      offerId: string | null;
    },
    today: BusinessDate,
  ): Residency {
    const name = (input.name ?? '').trim();
    if (!name || name.length > 50) throw new DomainError('RESIDENT.FIELD_INVALID', 'name must be 1-50 characters', 'invalid', 'name');
    if (input.admittedOn.isAfter(today))
      throw new DomainError('RESIDENT.ADMITTED_IN_FUTURE', 'an admission cannot be dated later than today', 'invalid', 'admittedOn');
    const residency = new Residency({ ...input, name, dischargedOn: null, dischargeReason: null, version: 1 });
    residency.changes.push({ kind: 'admitted' });
    return residency;
  }

  discharge(on: BusinessDate, reason: string, today: BusinessDate): void {
    if (this.state.dischargedOn) throw new DomainError('RESIDENT.ALREADY_DISCHARGED', 'the resident has been discharged', 'conflict');
    if (!(DISCHARGE_REASONS as readonly string[]).includes(reason)) {
      throw new DomainError('RESIDENT.DISCHARGE_REASON_UNKNOWN', `reason must be one of ${DISCHARGE_REASONS.join(', ')}`, 'invalid', 'reason');
    }
    if (on.isBefore(this.state.admittedOn) || on.isAfter(today)) {
      throw new DomainError('RESIDENT.DISCHARGE_DATE_INVALID', 'the discharge date must lie between the admission and today', 'invalid', 'dischargedOn');
    }
    this.state = { ...this.state, dischargedOn: on, dischargeReason: reason as DischargeReason, version: this.state.version + 1 };
    this.changes.push({ kind: 'discharged', reason: reason as DischargeReason });
  }

  get id(): string {
    return this.state.id;
  }
  get bedId(): string {
    return this.state.bedId;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<ResidencyState> {
    return { ...this.state };
  }
  pullChanges(): ResidencyChange[] {
    return this.changes.splice(0);
  }
}
