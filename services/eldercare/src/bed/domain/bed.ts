import { DivisionCode, DomainError } from '@civic/domain-kernel';
import { BED_KINDS, BedKind } from './bed-rules';

export interface BedState {
  id: string;
  facilityId: string;
  /** The facility's division, or for a family care bed the elder's home division. */
  divisionCode: string;
  code: string;
  kind: BedKind;
  /** Family care beds only: the home the bed is set up in. */
  homeAddress: string | null;
  status: 'in-service' | 'withdrawn';
  withdrawnReason: string | null;
  version: number;
}

/** The facility a bed is added to, as the bed's rules need it. */
export interface BedFacility {
  id: string;
  divisionCode: string;
  filed: boolean;
  residential: boolean;
}

/** 床位: one place for one resident at a time, in a facility or (家庭照护床位) at an elder's home. */
export class Bed {
  private constructor(private state: BedState) {}

  static restore(state: BedState): Bed {
    return new Bed({ ...state });
  }

  static add(input: { id: string; facility: BedFacility; code: string; kind: string; homeAddress?: string; homeDivisionCode?: string }): Bed {
    if (!(BED_KINDS as readonly string[]).includes(input.kind))
      throw new DomainError('BED.KIND_UNKNOWN', `kind must be one of ${BED_KINDS.join(', ')}`, 'invalid', 'kind');
    const kind = input.kind as BedKind;
    if (!input.facility.filed) throw new DomainError('FACILITY.FILING_REVOKED', 'the facility’s filing is revoked', 'conflict', 'facilityId');
    const code = (input.code ?? '').trim();
    if (!code || code.length > 40) throw new DomainError('BED.FIELD_INVALID', 'code must be 1-40 characters', 'invalid', 'code');
    if (kind === 'family-care') {
      const homeAddress = (input.homeAddress ?? '').trim();
      if (!homeAddress || homeAddress.length > 200) {
        throw new DomainError('BED.HOME_REQUIRED', 'a family care bed needs the home address (1-200 characters)', 'invalid', 'homeAddress');
      }
      const divisionCode = DivisionCode.parse(input.homeDivisionCode ?? '', 'homeDivisionCode').value;
      return new Bed({
        id: input.id,
        facilityId: input.facility.id,
        divisionCode,
        code,
        kind,
        homeAddress,
        status: 'in-service',
        withdrawnReason: null,
        version: 1,
      });
    }
    if (!input.facility.residential) {
      throw new DomainError(
        'BED.FACILITY_NOT_RESIDENTIAL',
        'this kind of facility serves by day and has no beds; a family care bed can be served from it',
        'rule',
        'kind',
      );
    }
    if (input.homeAddress !== undefined) throw new DomainError('BED.HOME_NOT_ALLOWED', 'only a family care bed has a home address', 'invalid', 'homeAddress');
    return new Bed({
      id: input.id,
      facilityId: input.facility.id,
      divisionCode: input.facility.divisionCode,
      code,
      kind,
      homeAddress: null,
      status: 'in-service',
      withdrawnReason: null,
      version: 1,
    });
  }

  /** Out of service for good (a room converted, a family care bed ended); only a vacant bed. */
  withdraw(reason: string, occupied: boolean): void {
    if (this.state.status === 'withdrawn') throw new DomainError('BED.WITHDRAWN', 'the bed is already out of service', 'conflict');
    if (occupied) throw new DomainError('BED.OCCUPIED', 'discharge or transfer the resident first', 'conflict');
    const why = (reason ?? '').trim();
    if (!why || why.length > 500) throw new DomainError('BED.FIELD_INVALID', 'reason must be 1-500 characters', 'invalid', 'reason');
    this.state = { ...this.state, status: 'withdrawn', withdrawnReason: why, version: this.state.version + 1 };
  }

  get id(): string {
    return this.state.id;
  }
  get kind(): BedKind {
    return this.state.kind;
  }
  get version(): number {
    return this.state.version;
  }
  get inService(): boolean {
    return this.state.status === 'in-service';
  }
  snapshot(): Readonly<BedState> {
    return { ...this.state };
  }
}
