import { Module } from '@nestjs/common';
import { FacilityModule } from '../facility/facility.module';
import { MealCommands } from './application/meal-commands';
import { MEAL_QUERIES } from './application/meal-queries';
import { MEAL_REPOSITORY } from './domain/meal.repository';
import { MealsController } from './http/meals.controller';
import { SqlMealQueries } from './persistence/meal.queries';
import { SqlMealRepository } from './persistence/sql-meal.repository';

/** 老年助餐, in the one module pattern: meals served at the facilities that serve them. */
@Module({
  imports: [FacilityModule],
  controllers: [MealsController],
  providers: [MealCommands, { provide: MEAL_REPOSITORY, useClass: SqlMealRepository }, { provide: MEAL_QUERIES, useClass: SqlMealQueries }],
  exports: [MEAL_QUERIES],
})
export class MealModule {}
