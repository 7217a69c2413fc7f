import { mustAppearInPerson } from '../../marriage/domain/marriage-rules';
import { BusinessDate, CHINA_WORKING_CALENDAR, DomainError } from '@civic/domain-kernel';

/** 离婚冷静期 (Civil Code art. 1077): 30 days to withdraw, then 30 days to collect the certificate together. */
export const COOLING_OFF_DAYS = 30;
export const CERTIFICATE_WINDOW_DAYS = 30;

export type DivorceStatus = 'cooling-off' | 'divorced' | 'withdrawn' | 'lapsed' | 'ended-by-death';
export const DIVORCE_STATUS_LABELS =
  'cooling-off 冷静期 (and the 30 days after it) | divorced 已离婚 | withdrawn 已撤回 | lapsed 视为撤回 | ended-by-death 一方死亡, 婚姻已终止';

export interface DivorceState {
  id: string;
  marriageId: string;
  parties: [string, string];
  appliedOn: BusinessDate;
  status: DivorceStatus;
  /** Parties (citizen IDs) who came for the certificate, and when. */
  certificateRequests: Record<string, string>;
  withdrawnBy: string | null;
  closedOn: BusinessDate | null;
  /** The clerk before whom both parties appeared to apply (null for applications made before this was recorded). */
  inPersonVerifiedBy: string | null;
  version: number;
}

/**
 * A divorce by agreement (协议离婚). Either party may withdraw within the 30-day cooling-off period;
 * after it, both must ask for the certificate within the next 30 days, or the application lapses.
 */
export class DivorceApplication {
  private constructor(private state: DivorceState) {}

  static restore(state: DivorceState): DivorceApplication {
    return new DivorceApplication({ ...state, certificateRequests: { ...state.certificateRequests } });
  }

  /** Both parties apply together, in person (Civil Code art. 1076). */
  static apply(id: string, marriageId: string, parties: [string, string], on: BusinessDate, inPersonVerifiedBy: string | null): DivorceApplication {
    mustAppearInPerson(inPersonVerifiedBy !== null, 'partiesAppearedInPerson', 'a divorce application');
    return new DivorceApplication({
      id,
      marriageId,
      parties,
      appliedOn: on,
      status: 'cooling-off',
      certificateRequests: {},
      withdrawnBy: null,
      closedOn: null,
      inPersonVerifiedBy,
      version: 1,
    });
  }

  /** The last day to withdraw: 30 days counted as the Civil Code counts periods (arts. 201, 203). */
  get coolingOffEnds(): BusinessDate {
    return CHINA_WORKING_CALENDAR.periodEnd(this.state.appliedOn, COOLING_OFF_DAYS);
  }
  /** The last day to ask for the certificate: the 30 days after the cooling-off period, counted the same way. */
  get certificateDeadline(): BusinessDate {
    return CHINA_WORKING_CALENDAR.periodEnd(this.coolingOffEnds, CERTIFICATE_WINDOW_DAYS);
  }

  withdraw(party: string, on: BusinessDate): void {
    this.mustBeOpen();
    this.mustBeParty(party);
    if (on.isAfter(this.coolingOffEnds))
      throw new DomainError('DIVORCE.WITHDRAWAL_TOO_LATE', `the cooling-off period ended on ${this.coolingOffEnds}`, 'conflict');
    this.state = { ...this.state, status: 'withdrawn', withdrawnBy: party, closedOn: on, version: this.state.version + 1 };
  }

  /** One party asks for the certificate; when both have, within the window, the divorce is registered. Returns true then. */
  /** Each party collects the certificate in person (婚姻登记条例 art. 10); the second, within the window, registers the divorce. */
  requestCertificate(party: string, on: BusinessDate, appearedInPerson: boolean): boolean {
    mustAppearInPerson(appearedInPerson, 'appearedInPerson', 'collecting a divorce certificate');
    this.mustBeOpen();
    this.mustBeParty(party);
    if (!on.isAfter(this.coolingOffEnds)) {
      throw new DomainError(
        'DIVORCE.IN_COOLING_OFF',
        `the 30-day cooling-off period runs until ${this.coolingOffEnds}; the certificate can be asked for from the day after`,
        'conflict',
      );
    }
    if (on.isAfter(this.certificateDeadline))
      throw new DomainError('DIVORCE.LAPSED', `the certificate had to be asked for by ${this.certificateDeadline}`, 'conflict');
    const requests = { ...this.state.certificateRequests, [party]: on.toString() };
    const both = this.state.parties.every((p) => requests[p]);
    this.state = {
      ...this.state,
      certificateRequests: requests,
      status: both ? 'divorced' : 'cooling-off',
      closedOn: both ? on : null,
      version: this.state.version + 1,
    };
    return both;
  }

  /**
   * A party died before the divorce was registered: the marriage has ended by death (Civil Code
   * art. 1078 registers a divorce between living parties), so the application ends and no
   * certificate can follow. False when it was no longer open (safe on a redelivered death).
   */
  endByDeathOf(party: string, dateOfDeath: BusinessDate): boolean {
    if (this.state.status !== 'cooling-off' || !this.state.parties.includes(party)) return false;
    this.state = { ...this.state, status: 'ended-by-death', closedOn: dateOfDeath, version: this.state.version + 1 };
    return true;
  }

  /** 视为撤回: past the certificate deadline without both requests. False when nothing changed (safe to run twice). */
  lapseIfDue(today: BusinessDate): boolean {
    if (this.state.status !== 'cooling-off' || !today.isAfter(this.certificateDeadline)) return false;
    this.state = { ...this.state, status: 'lapsed', closedOn: today, version: this.state.version + 1 };
    return true;
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<DivorceState> {
    return { ...this.state };
  }

  private mustBeOpen(): void {
    if (this.state.status !== 'cooling-off') throw new DomainError('DIVORCE.CLOSED', `the application is ${this.state.status}`, 'conflict');
  }
  private mustBeParty(party: string): void {
    if (!this.state.parties.includes(party)) throw new DomainError('DIVORCE.NOT_A_PARTY', 'citizenId is not a party to this marriage', 'invalid', 'citizenId');
  }
}

/** At most one application per marriage in its cooling-off period. */
export function divorceAlreadyOpen(): DomainError {
  return new DomainError('DIVORCE.ALREADY_OPEN', 'a divorce application for this marriage is already in its cooling-off period', 'conflict', 'marriageId');
}

export function divorceApplicationNotFound(id: string): DomainError {
  return new DomainError('DIVORCE.NOT_FOUND', `no divorce application ${id}`, 'not-found');
}
