import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, DistrictScope, DivisionFilterQuery, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MEAL_QUERIES, MealQueries } from '../../meal/application/meal-queries';
import { MealTotalsQuery, MealTotalsResponse } from '../../meal/http/meal.dto';
import { ELDERCARE_STATISTICS_QUERIES, EldercareStatisticsQueries } from '../application/statistics-queries';

export class BedStatisticsRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ enum: ['general', 'cognitive-impairment', 'basic-guarantee', 'family-care'] }) kind: string;
  @ApiProperty({ description: 'beds in service' }) beds: number;
  @ApiProperty({ description: 'beds with a resident now' }) occupied: number;
  @ApiProperty() vacant: number;
  @ApiProperty({ example: 87.5, description: 'occupied share, one decimal' }) occupancyPercent: number;
}

export class WaitingListStatisticsRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ description: 'elders waiting in line' }) waiting: number;
  @ApiProperty({ description: 'elders holding an open offer' }) offered: number;
  @ApiProperty({ type: Number, nullable: true, example: 120, description: 'median days since applying, of the elders in line now' }) medianWaitingDays:
    number | null;
  @ApiProperty({ type: Number, nullable: true, example: 400 }) longestWaitingDays: number | null;
}

export class AssessmentStatisticsRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ minimum: 0, maximum: 6 }) level: number;
  @ApiProperty({ description: 'elders whose care level in force is this one' }) elders: number;
}

/** 养老服务统计 for the bureau's reports: beds and occupancy, the line, care levels, meals. */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class EldercareStatisticsController {
  constructor(
    @Inject(ELDERCARE_STATISTICS_QUERIES) private readonly queries: EldercareStatisticsQueries,
    @Inject(MEAL_QUERIES) private readonly mealQueries: MealQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('beds')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Beds in service by kind per district, with the occupied and vacant ones now' })
  @ApiOkResponse({ type: [BedStatisticsRowResponse] })
  beds(@Query() query: DivisionFilterQuery): Promise<BedStatisticsRowResponse[]> {
    return this.queries.beds(query.divisionCode);
  }

  @Get('waiting-list')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'The basic-guarantee line per district now: its length, open offers, median and longest waiting days' })
  @ApiOkResponse({ type: [WaitingListStatisticsRowResponse] })
  waitingList(@Query() query: DivisionFilterQuery): Promise<WaitingListStatisticsRowResponse[]> {
    return this.queries.waitingList(BusinessDate.today(this.clock).toString(), query.divisionCode);
  }

  @Get('care-assessments')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Elders by the care level in force, per district' })
  @ApiOkResponse({ type: [AssessmentStatisticsRowResponse] })
  assessments(@Query() query: DivisionFilterQuery): Promise<AssessmentStatisticsRowResponse[]> {
    return this.queries.assessments(query.divisionCode);
  }

  @Get('meals')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'A month’s subsidised meals and subsidy per site and per district (as /meal-totals, for the statistics role)' })
  @ApiOkResponse({ type: MealTotalsResponse })
  meals(@Query() query: MealTotalsQuery): Promise<MealTotalsResponse> {
    return this.mealQueries.monthTotals(query.month, query.divisionCode);
  }
}
