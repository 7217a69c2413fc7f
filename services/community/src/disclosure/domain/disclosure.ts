import { BusinessDate, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

/** A kind of 村务公开 (village affairs disclosure) with the days after its period ends by which it is due (data). */
export interface DisclosureKind {
  code: string;
  name: string;
  dueDays: number;
}

export interface DisclosureState {
  id: string;
  /** The villagers' (or residents') committee that discloses. */
  committeeCode: string;
  kind: string;
  /** The period disclosed, e.g. 2026-Q2 or 2026-06. */
  periodEnd: BusinessDate;
  dueOn: BusinessDate;
  publishedOn: BusinessDate | null;
  content: string | null;
  version: number;
}

/**
 * 村务公开: a committee's disclosure of a kind for a period, due a set number of days after the period
 * ends (the kind's rule), published once with its content; overdue while unpublished after its due day.
 */
export class Disclosure {
  private constructor(private state: DisclosureState) {}

  static restore(state: DisclosureState): Disclosure {
    return new Disclosure({ ...state });
  }

  static schedule(input: { id: string; committeeCode: string; kind: DisclosureKind; periodEnd: BusinessDate }): Disclosure {
    const committee = DivisionCode.parse(input.committeeCode, 'committeeCode');
    if (committee.level !== 'committee')
      throw new DomainError('DISCLOSURE.NOT_A_COMMITTEE', "disclosures are a villagers' or residents' committee's (a 12-digit code)", 'rule', 'committeeCode');
    return new Disclosure({
      id: input.id,
      committeeCode: committee.value,
      kind: input.kind.code,
      periodEnd: input.periodEnd,
      dueOn: input.periodEnd.addDays(input.kind.dueDays),
      publishedOn: null,
      content: null,
      version: 1,
    });
  }

  /** Published on a day after the period ended, once; late is recorded as late, not refused. */
  publish(publishedOn: BusinessDate, content: string): void {
    if (this.state.publishedOn) throw new DomainError('DISCLOSURE.ALREADY_PUBLISHED', `published on ${this.state.publishedOn}`, 'conflict');
    if (!publishedOn.isAfter(this.state.periodEnd))
      throw new DomainError(
        'DISCLOSURE.BEFORE_PERIOD_END',
        `a disclosure of the period ending ${this.state.periodEnd} is published after it`,
        'rule',
        'publishedOn',
      );
    this.state = { ...this.state, publishedOn, content: requiredText(content, 'content', 5000, 'DISCLOSURE'), version: this.state.version + 1 };
  }

  isOverdue(today: BusinessDate): boolean {
    return this.state.publishedOn === null && today.isAfter(this.state.dueOn);
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<DisclosureState> {
    return { ...this.state };
  }
}

export function disclosureNotFound(id: string): DomainError {
  return new DomainError('DISCLOSURE.NOT_FOUND', `no disclosure ${id}`, 'not-found');
}
