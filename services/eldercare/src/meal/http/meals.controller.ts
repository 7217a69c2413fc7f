import { DomainError, Money } from '@civic/domain-kernel';
import { citizenIdForCaller, Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FACILITY_QUERIES } from '../../facility/application/facility-queries';
import { MealCommands } from '../application/meal-commands';
import { MEAL_QUERIES, MealQueries, MealView, mealView } from '../application/meal-queries';
import { mealNotFound } from '../domain/meal';
import { MealPolicy } from '../domain/meal-policy';
import {
  CancelMealRequest,
  MealListQuery,
  MealPage,
  MealPolicyRequest,
  MealPolicyResponse,
  MealResponse,
  MealTotalsQuery,
  MealTotalsResponse,
  ServeMealRequest,
} from './meal.dto';

/** 老年助餐: subsidised meals served at meal sites, the subsidy per meal and the daily limit as data, monthly totals. */
@ApiTags('meals')
@Controller('api/v1')
export class MealsController {
  constructor(
    private readonly commands: MealCommands,
    @Inject(MEAL_QUERIES) private readonly queries: MealQueries,
  ) {}

  @Post('facilities/:id/meals')
  @RequirePermission('meal.write')
  @DistrictScope.record(FACILITY_QUERIES)
  @Command({ action: 'meal.serve', resourceType: 'meal', idempotent: true, resourceId: (_p, r) => (r as MealResponse | undefined)?.id })
  @ApiOperation({ summary: 'Record a subsidised meal served at the site to an elder (60 and over); the subsidy follows the policy' })
  @ApiCreatedResponse({ type: MealResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the elder already had this meal that day, or the site’s filing is revoked' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'beyond the daily limit, not an elder, not a meal site' })
  async serve(@Param('id', UUID) facilityId: string, @Body() body: ServeMealRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MealResponse> {
    const meal = await this.commands.serve(facilityId, body);
    reply.header('Location', `/api/v1/meals/${meal.id}`);
    return masked(mealView(meal));
  }

  @Get('meals')
  @RequirePermission('meal.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Meals served at sites in the caller’s districts; by site, elder, day or month' })
  @ApiOkResponse({ type: MealPage })
  async list(@Query() query: MealListQuery): Promise<MealPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(masked), total, query);
  }

  @Get('meals/:id')
  @RequirePermission('meal.read')
  @DistrictScope.record(MEAL_QUERIES)
  @ApiOkResponse({ type: MealResponse })
  async get(@Param('id', UUID) id: string): Promise<MealResponse> {
    const view = await this.queries.get(id);
    if (!view) throw mealNotFound(id);
    return masked(view);
  }

  @Post('meals/:id/cancellation')
  @HttpCode(200)
  @RequirePermission('meal.write')
  @DistrictScope.record(MEAL_QUERIES)
  @Command({ action: 'meal.cancel', resourceType: 'meal' })
  @ApiOperation({ summary: 'Cancel a meal recorded in error, with the reason: its subsidy no longer counts' })
  @ApiOkResponse({ type: MealResponse })
  async cancel(@Param('id', UUID) id: string, @Body() body: CancelMealRequest): Promise<MealResponse> {
    return masked(mealView(await this.commands.cancel(id, body.reason)));
  }

  @Get('meal-totals')
  @RequirePermission('meal.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'A month’s meals and subsidy per site and per district, in the caller’s districts' })
  @ApiOkResponse({ type: MealTotalsResponse })
  async totals(@Query() query: MealTotalsQuery): Promise<MealTotalsResponse> {
    return this.queries.monthTotals(query.month, query.divisionCode);
  }

  @Get('meal-policy')
  @RequirePermission('meal.read')
  @DistrictScope.cityWide('the city’s meal subsidy')
  @ApiOkResponse({ type: MealPolicyResponse })
  async policy(): Promise<MealPolicyResponse> {
    return policyResponse(await this.queries.policy());
  }

  @Put('meal-policy')
  @RequirePermission('meal.policy')
  @DistrictScope.cityLevel()
  @Command({ action: 'meal-policy.set', resourceType: 'meal-policy', resourceId: () => 'policy' })
  @ApiOperation({ summary: 'Set the subsidy per meal (by programme) and the daily limit, for meals from now on' })
  @ApiOkResponse({ type: MealPolicyResponse })
  async setPolicy(@Body() body: MealPolicyRequest): Promise<MealPolicyResponse> {
    const programmes = body.subsidyByProgramme.map((s) => s.programme);
    if (new Set(programmes).size !== programmes.length) {
      throw new DomainError('MEAL.POLICY_INVALID', 'each programme may be listed once', 'invalid', 'subsidyByProgramme');
    }
    const policy = await this.commands.setPolicy({
      subsidyPerMeal: Money.parse(body.subsidyPerMeal, 'subsidyPerMeal'),
      subsidyByProgramme: body.subsidyByProgramme.map((s) => ({ programme: s.programme, subsidyPerMeal: Money.parse(s.subsidyPerMeal, 'subsidyPerMeal') })),
      dailyLimit: body.dailyLimit,
    });
    return policyResponse(policy);
  }
}

function masked(view: MealView): MealResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}

function policyResponse(policy: MealPolicy): MealPolicyResponse {
  return {
    subsidyPerMeal: policy.subsidyPerMeal.toString(),
    subsidyByProgramme: policy.subsidyByProgramme.map((s) => ({ programme: s.programme, subsidyPerMeal: s.subsidyPerMeal.toString() })),
    dailyLimit: policy.dailyLimit,
  };
}
