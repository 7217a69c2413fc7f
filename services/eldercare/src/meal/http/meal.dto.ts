import { PROGRAMME_CODES } from '@civic/contracts';
import { BusinessDateField, CitizenIdField, DivisionFilterQuery, MONTH, PageOf, PageQuery, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MEAL_TYPES } from '../domain/meal';
import { MAX_DAILY_MEALS } from '../domain/meal-policy';

export class ServeMealRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '张桂英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @BusinessDateField('servedOn')
  servedOn: string;

  @ApiProperty({ enum: MEAL_TYPES, example: 'lunch' })
  @IsIn(MEAL_TYPES)
  mealType: (typeof MEAL_TYPES)[number];

  @ApiProperty({ example: '15.00', description: 'the meal’s price in yuan; the subsidy is taken off it' })
  @Matches(YUAN, { message: YUAN_MESSAGE('price') })
  price: string;
}

export class CancelMealRequest {
  @ApiProperty({ example: '误录' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ProgrammeMealSubsidy {
  @ApiProperty({ enum: PROGRAMME_CODES, example: 'tekun' })
  @IsIn(PROGRAMME_CODES)
  programme: string;

  @ApiProperty({ example: '10.00' })
  @Matches(YUAN, { message: YUAN_MESSAGE('subsidyPerMeal') })
  subsidyPerMeal: string;
}

export class MealPolicyRequest {
  @ApiProperty({ example: '3.00', description: 'the subsidy per meal for an elder in no listed programme' })
  @Matches(YUAN, { message: YUAN_MESSAGE('subsidyPerMeal') })
  subsidyPerMeal: string;

  @ApiProperty({ type: [ProgrammeMealSubsidy], description: 'a higher subsidy for elders in an assistance programme; each programme at most once' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => ProgrammeMealSubsidy)
  subsidyByProgramme: ProgrammeMealSubsidy[];

  @ApiProperty({ example: 2, minimum: 1, maximum: MAX_DAILY_MEALS, description: 'subsidised meals one elder may have a day, across all sites' })
  @IsInt()
  @Min(1)
  @Max(MAX_DAILY_MEALS)
  dailyLimit: number;
}

export class MealPolicyResponse {
  @ApiProperty({ example: '3.00' }) subsidyPerMeal: string;
  @ApiProperty({ type: [ProgrammeMealSubsidy] }) subsidyByProgramme: ProgrammeMealSubsidy[];
  @ApiProperty({ example: 2 }) dailyLimit: number;
}

class MealFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the site' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;

  @BusinessDateField('servedOn', { optional: true })
  servedOn?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'a calendar month, YYYY-MM' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;
}

export class MealListQuery extends IntersectionType(PageQuery, MealFilterQuery) {}

export class MealTotalsQuery extends DivisionFilterQuery {
  @ApiProperty({ example: '2026-11', description: 'a calendar month, YYYY-MM' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}

export class MealResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'the site' }) facilityId: string;
  @ApiProperty({ description: 'the site’s division' }) divisionCode: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) servedOn: string;
  @ApiProperty({ enum: MEAL_TYPES }) mealType: string;
  @ApiProperty({ example: '15.00' }) price: string;
  @ApiProperty({ example: '3.00' }) subsidy: string;
  @ApiProperty({ enum: ['served', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) cancelledReason: string | null;
}

export class MealPage extends PageOf(MealResponse) {}

class SiteMonthTotalView {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() districtCode: string;
  @ApiProperty({ description: 'meals served (cancelled ones not counted)' }) meals: number;
  @ApiProperty({ description: 'different elders served' }) elders: number;
  @ApiProperty({ example: '1260.00' }) subsidy: string;
}

class DistrictMonthTotalView {
  @ApiProperty() districtCode: string;
  @ApiProperty() meals: number;
  @ApiProperty() elders: number;
  @ApiProperty({ example: '1260.00' }) subsidy: string;
}

export class MealTotalsResponse {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ type: [SiteMonthTotalView] }) sites: SiteMonthTotalView[];
  @ApiProperty({ type: [DistrictMonthTotalView] }) districts: DistrictMonthTotalView[];
}
