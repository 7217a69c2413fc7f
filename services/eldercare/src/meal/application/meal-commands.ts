import { BusinessDate, CitizenId, Clock, Money } from '@civic/domain-kernel';
import { CLOCK, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { facilityNotFound } from '../../facility/domain/facility';
import { FACILITY_REPOSITORY, FacilityRepository } from '../../facility/domain/facility.repository';
import { ELDER_PROGRAMMES, ElderProgrammes } from '../../waiting-list/application/elder-programmes';
import { Meal, MealType, mealNotFound } from '../domain/meal';
import { checkMealPolicy, MealPolicy } from '../domain/meal-policy';
import { MEAL_REPOSITORY, MealRepository } from '../domain/meal.repository';

export interface ServeMealCommand {
  citizenId: string;
  name: string;
  servedOn: string;
  mealType: MealType;
  price: string;
}

/** 老年助餐: a subsidised meal served at a site, decided under the elder's lock for the day; cancellation of one recorded in error. */
@Injectable()
export class MealCommands {
  constructor(
    @Inject(MEAL_REPOSITORY) private readonly meals: MealRepository,
    @Inject(FACILITY_REPOSITORY) private readonly facilities: FacilityRepository,
    @Inject(ELDER_PROGRAMMES) private readonly programmes: ElderProgrammes,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async serve(facilityId: string, input: ServeMealCommand): Promise<Meal> {
    const facility = await this.facilities.find(facilityId);
    if (!facility) throw facilityNotFound(facilityId);
    const f = facility.snapshot();
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    const servedOn = BusinessDate.parse(input.servedOn, 'servedOn');
    const mealsThatDay = await this.meals.lockElderDay(citizenId.value, servedOn.toString());
    const meal = Meal.serve(
      { id: randomUUID(), citizenId, name: input.name, servedOn, mealType: input.mealType, price: Money.parse(input.price, 'price') },
      {
        site: { id: f.id, divisionCode: f.divisionCode, kind: f.kind, filed: facility.isFiled },
        policy: await this.meals.policy(),
        programmes: await this.programmes.of(citizenId.value),
        mealsThatDay,
      },
      BusinessDate.today(this.clock),
    );
    await this.meals.add(meal, recordedBy());
    return meal;
  }

  async cancel(id: string, reason: string): Promise<Meal> {
    const meal = await this.meals.find(id, { forUpdate: true });
    if (!meal) throw mealNotFound(id);
    meal.cancel(reason);
    await this.meals.cancel(meal);
    return meal;
  }

  async setPolicy(policy: MealPolicy): Promise<MealPolicy> {
    const checked = checkMealPolicy(policy);
    await this.meals.setPolicy(checked, recordedBy());
    return checked;
  }
}
