import { BusinessDate, CitizenId, DomainError, Money } from '@civic/domain-kernel';
import { MIN_AGE } from '../../waiting-list/domain/waiting-entry';
import { MealPolicy, mealSubsidy } from './meal-policy';

export const MEAL_TYPES = ['breakfast', 'lunch', 'dinner'] as const;
export type MealType = (typeof MEAL_TYPES)[number];
/** The facilities that serve meals: 社区老年助餐服务场所, and the 综合为老服务中心 and day care centres with their 长者食堂. */
export const MEAL_SERVING_KINDS = ['meal-site', 'community-centre', 'day-care'] as const;

export interface MealState {
  id: string;
  facilityId: string;
  divisionCode: string;
  citizenId: CitizenId;
  name: string;
  servedOn: BusinessDate;
  mealType: MealType;
  price: Money;
  subsidy: Money;
  status: 'served' | 'cancelled';
  cancelledReason: string | null;
}

/** What the use case knows when a meal is served. */
export interface MealContext {
  site: { id: string; divisionCode: string; kind: string; filed: boolean };
  policy: MealPolicy;
  programmes: string[];
  /** Subsidised meals the elder already had that day, at any site. */
  mealsThatDay: number;
}

/**
 * 老年助餐: one subsidised meal served to an elder at a site; the subsidy per meal is the policy's, and
 * one elder has at most the policy's daily limit of subsidised meals, whichever sites serve them.
 */
export class Meal {
  private constructor(private state: MealState) {}

  static restore(state: MealState): Meal {
    return new Meal({ ...state });
  }

  static serve(
    input: { id: string; citizenId: CitizenId; name: string; servedOn: BusinessDate; mealType: MealType; price: Money },
    context: MealContext,
    today: BusinessDate,
  ): Meal {
    const { site, policy } = context;
    if (!(MEAL_SERVING_KINDS as readonly string[]).includes(site.kind))
      throw new DomainError('MEAL.NOT_A_MEAL_SITE', `a ${site.kind} does not serve subsidised meals`, 'rule', 'facilityId');
    if (!site.filed) throw new DomainError('MEAL.SITE_NOT_FILED', 'the site’s filing is revoked', 'conflict', 'facilityId');
    if (input.servedOn.isAfter(today)) throw new DomainError('MEAL.IN_FUTURE', 'servedOn cannot be later than today', 'invalid', 'servedOn');
    if (input.citizenId.birthDate.fullYearsUntil(input.servedOn) < MIN_AGE)
      throw new DomainError('MEAL.NOT_AN_ELDER', `subsidised meals are for elders of ${MIN_AGE} and over`, 'rule', 'citizenId');
    if (context.mealsThatDay >= policy.dailyLimit) {
      throw new DomainError(
        'MEAL.DAILY_LIMIT',
        `the elder already had ${context.mealsThatDay} subsidised meals on ${input.servedOn} (the daily limit is ${policy.dailyLimit})`,
        'rule',
        'citizenId',
      );
    }
    if (input.price.isNegative() || input.price.isZero()) throw new DomainError('MEAL.PRICE_INVALID', 'price must be more than 0', 'invalid', 'price');
    const name = (input.name ?? '').trim();
    if (!name || name.length > 50) throw new DomainError('MEAL.FIELD_INVALID', 'name must be 1-50 characters', 'invalid', 'name');
    return new Meal({
      ...input,
      name,
      facilityId: site.id,
      divisionCode: site.divisionCode,
      subsidy: mealSubsidy(policy, context.programmes, input.price),
      status: 'served',
      cancelledReason: null,
    });
  }

  /** A meal recorded in error is cancelled (its subsidy no longer counts, and the elder's place that day is free again). */
  cancel(reason: string): void {
    if (this.state.status === 'cancelled') throw new DomainError('MEAL.ALREADY_CANCELLED', 'the meal is already cancelled', 'conflict');
    const why = (reason ?? '').trim();
    if (!why || why.length > 500) throw new DomainError('MEAL.FIELD_INVALID', 'reason must be 1-500 characters', 'invalid', 'reason');
    this.state = { ...this.state, status: 'cancelled', cancelledReason: why };
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<MealState> {
    return { ...this.state };
  }
}

export function mealNotFound(id: string): DomainError {
  return new DomainError('MEAL.NOT_FOUND', `no meal ${id}`, 'not-found');
}

/** One breakfast, one lunch, one dinner per elder a day (the partial unique index is the guard when two sites race). */
export function mealAlreadyServed(): DomainError {
  return new DomainError('MEAL.ALREADY_SERVED', 'the elder already had this meal that day', 'conflict', 'mealType');
}
