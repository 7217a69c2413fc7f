import { BusinessDate, CHINA_WORKING_CALENDAR, CitizenId, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

export const APPLICATION_OUTCOMES = ['approved', 'refused'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

export interface ServiceApplicationState {
  id: string;
  itemCode: string;
  /** The sub-district's or town's acceptance centre (社区事务受理服务中心): its 9-digit division. */
  centreCode: string;
  applicant: { citizenId: CitizenId; name: string };
  receivedOn: BusinessDate;
  /** The item's time limit in working days after acceptance (承诺时限). */
  dueOn: BusinessDate;
  status: 'accepted' | 'concluded';
  conclusion: { on: BusinessDate; outcome: ApplicationOutcome; note: string | null } | null;
  version: number;
}

/**
 * An application accepted (受理) at an acceptance centre against a catalogue item: due the item's
 * working days after it was received, concluded once, overdue while open after its due day and
 * late when concluded after it.
 */
export class ServiceApplication {
  private constructor(private state: ServiceApplicationState) {}

  static restore(state: ServiceApplicationState): ServiceApplication {
    return new ServiceApplication({ ...state });
  }

  /** The item was checked in force on `receivedOn` by the use case; its time limit sets the due day. */
  static accept(input: {
    id: string;
    item: { code: string; timeLimitDays: number };
    centreCode: string;
    applicant: { citizenId: CitizenId; name: string };
    receivedOn: BusinessDate;
  }): ServiceApplication {
    const centre = DivisionCode.parse(input.centreCode, 'centreCode');
    if (centre.level !== 'township')
      throw new DomainError(
        'SERVICE_APPLICATION.NOT_A_CENTRE',
        'applications are accepted at a sub-district’s or town’s acceptance centre (a 9-digit code)',
        'rule',
        'centreCode',
      );
    return new ServiceApplication({
      id: input.id,
      itemCode: input.item.code,
      centreCode: centre.value,
      applicant: { citizenId: input.applicant.citizenId, name: requiredText(input.applicant.name, 'applicantName', 50, 'SERVICE_APPLICATION') },
      receivedOn: input.receivedOn,
      dueOn: CHINA_WORKING_CALENDAR.afterWorkingDays(input.receivedOn, input.item.timeLimitDays),
      status: 'accepted',
      conclusion: null,
      version: 1,
    });
  }

  /** 办结: approved or refused (a refusal says why), once, not before it was received. */
  conclude(on: BusinessDate, outcome: ApplicationOutcome, note: string | null): void {
    if (this.state.conclusion) throw new DomainError('SERVICE_APPLICATION.CONCLUDED', `concluded on ${this.state.conclusion.on}`, 'conflict');
    if (on.isBefore(this.state.receivedOn))
      throw new DomainError('SERVICE_APPLICATION.BEFORE_RECEIPT', `received on ${this.state.receivedOn}`, 'rule', 'concludedOn');
    const why = note?.trim() ? requiredText(note, 'note', 500, 'SERVICE_APPLICATION') : null;
    if (outcome === 'refused' && !why) throw new DomainError('SERVICE_APPLICATION.REFUSAL_UNEXPLAINED', 'a refusal says why (the note)', 'invalid', 'note');
    this.state = { ...this.state, status: 'concluded', conclusion: { on, outcome, note: why }, version: this.state.version + 1 };
  }

  isOverdue(today: BusinessDate): boolean {
    return this.state.status === 'accepted' && today.isAfter(this.state.dueOn);
  }

  /** Concluded after its due day (超时办结). */
  wasLate(): boolean {
    return this.state.conclusion !== null && this.state.conclusion.on.isAfter(this.state.dueOn);
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<ServiceApplicationState> {
    return { ...this.state };
  }
}

export function serviceApplicationNotFound(id: string): DomainError {
  return new DomainError('SERVICE_APPLICATION.NOT_FOUND', `no service application ${id}`, 'not-found');
}
