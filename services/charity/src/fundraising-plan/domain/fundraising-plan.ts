import { BusinessDate, DomainError, Money, requiredText } from '@civic/domain-kernel';

/** What a plan needs to know of the organisation filing it. */
export interface FilingOrganisation {
  id: string;
  status: 'registered' | 'deregistered';
  fundraisingQualifiedOn: BusinessDate | null;
  domicileDivisionCode: string;
}

export interface FundraisingPlanState {
  id: string;
  organisationId: string;
  divisionCode: string;
  title: string;
  purpose: string;
  startsOn: BusinessDate;
  endsOn: BusinessDate;
  target: Money;
  filedOn: BusinessDate;
}

/** The longest a plan may run; a longer campaign files again (the bureau's practice: at most a year per filing). */
export const MAX_PLAN_DAYS = 366;

/**
 * A public fundraising plan (募捐方案备案, 慈善法 第二十四条): filed by a registered charity that holds
 * the public fundraising qualification, before the fundraising starts, with its period and target.
 */
export class FundraisingPlan {
  private constructor(private readonly state: FundraisingPlanState) {}

  static restore(state: FundraisingPlanState): FundraisingPlan {
    return new FundraisingPlan({ ...state });
  }

  static file(input: {
    id: string;
    organisation: FilingOrganisation;
    title: string;
    purpose: string;
    startsOn: BusinessDate;
    endsOn: BusinessDate;
    target: string;
    filedOn: BusinessDate;
  }): FundraisingPlan {
    const { organisation } = input;
    if (organisation.status !== 'registered')
      throw new DomainError('FUNDRAISING_PLAN.ORGANISATION_DEREGISTERED', 'a deregistered organisation files no plan', 'rule', 'organisationId');
    if (!organisation.fundraisingQualifiedOn)
      throw new DomainError(
        'FUNDRAISING_PLAN.NOT_QUALIFIED',
        'only an organisation holding the public fundraising qualification (公开募捐资格) files a plan',
        'rule',
        'organisationId',
      );
    if (input.startsOn.isBefore(input.filedOn))
      throw new DomainError('FUNDRAISING_PLAN.START_PASSED', `a plan is filed before its fundraising starts: ${input.startsOn} has passed`, 'rule', 'startsOn');
    if (input.endsOn.isBefore(input.startsOn) || input.startsOn.daysUntil(input.endsOn) >= MAX_PLAN_DAYS)
      throw new DomainError('FUNDRAISING_PLAN.PERIOD_INVALID', `endsOn must be on or after startsOn, within ${MAX_PLAN_DAYS} days`, 'rule', 'endsOn');
    const target = Money.parse(input.target, 'target');
    if (target.fen <= 0) throw new DomainError('FUNDRAISING_PLAN.TARGET_INVALID', 'target must be more than 0', 'invalid', 'target');
    return new FundraisingPlan({
      id: input.id,
      organisationId: organisation.id,
      divisionCode: organisation.domicileDivisionCode,
      title: requiredText(input.title, 'title', 100, 'FUNDRAISING_PLAN'),
      purpose: requiredText(input.purpose, 'purpose', 1000, 'FUNDRAISING_PLAN'),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      target,
      filedOn: input.filedOn,
    });
  }

  /** Whether a donation received that day counts towards it. */
  runsOn(day: BusinessDate): boolean {
    return !day.isBefore(this.state.startsOn) && !day.isAfter(this.state.endsOn);
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<FundraisingPlanState> {
    return { ...this.state };
  }
}

export function fundraisingPlanNotFound(id: string): DomainError {
  return new DomainError('FUNDRAISING_PLAN.NOT_FOUND', `no fundraising plan ${id}`, 'not-found');
}

/** A request names a plan that does not exist (422 naming the field). */
export function fundraisingPlanUnknown(id: string): DomainError {
  return new DomainError('FUNDRAISING_PLAN.UNKNOWN', `no fundraising plan ${id}`, 'rule', 'planId');
}
