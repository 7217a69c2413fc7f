import { BusinessDate, Clock } from '@civic/domain-kernel';
import { CLOCK, DistrictScope, DivisionFilterQuery, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CharityStatistics, STATISTICS_QUERIES, StatisticsQueries } from '../application/statistics-queries';

export class CharityStatisticsQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: 'the year of inspections, donations and volunteer hours (default: this year)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === '' ? Number.NaN : value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

class OrganisationCounts {
  @ApiProperty() socialGroup: number;
  @ApiProperty() socialServiceInstitution: number;
  @ApiProperty() foundation: number;
  @ApiProperty() total: number;
}
class GradeCounts {
  @ApiProperty({ name: '1A' }) '1A': number;
  @ApiProperty({ name: '2A' }) '2A': number;
  @ApiProperty({ name: '3A' }) '3A': number;
  @ApiProperty({ name: '4A' }) '4A': number;
  @ApiProperty({ name: '5A' }) '5A': number;
}
class InspectionCounts {
  @ApiProperty() year: number;
  @ApiProperty() pass: number;
  @ApiProperty() basicPass: number;
  @ApiProperty() fail: number;
  @ApiProperty({ description: 'submitted after 31 May of the next year' }) late: number;
}
class DonationMonth {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty() donations: number;
  @ApiProperty({ example: '12000.00' }) value: string;
}

export class CharityStatisticsResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ type: OrganisationCounts, description: 'registered organisations by kind' }) organisations: OrganisationCounts;
  @ApiProperty({ type: GradeCounts, description: 'registered organisations holding a grade in force' }) grades: GradeCounts;
  @ApiProperty({ example: 0.2512, description: 'share of registered organisations graded 3A or above' }) threeAOrAboveShare: number;
  @ApiProperty({ example: 0.24, description: "the work plan's target for that share" }) threeAOrAboveTarget: number;
  @ApiProperty({ type: InspectionCounts }) inspections: InspectionCounts;
  @ApiProperty({ description: 'registered organisations flagged dormant' }) dormant: number;
  @ApiProperty({ type: [DonationMonth] }) donationsByMonth: DonationMonth[];
  @ApiProperty({ description: 'volunteers who served in the year' }) volunteers: number;
  @ApiProperty({ example: '1234.5' }) volunteerHours: string;
}

/** 统计: organisations, grades against the 3A+ target, inspections, dormancy, donations and volunteering per district. */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(
    @Inject(STATISTICS_QUERIES) private readonly queries: StatisticsQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('charity')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({
    summary:
      'Per district: organisations by kind and grade (3A+ share against the 24 % target), inspections, dormant flags, donations by month, volunteer hours',
  })
  @ApiOkResponse({ type: [CharityStatisticsResponse] })
  charity(@Query() query: CharityStatisticsQuery): Promise<CharityStatistics[]> {
    const today = BusinessDate.today(this.clock);
    return this.queries.charity({ divisionCode: query.divisionCode, year: query.year ?? today.year, today: today.toString() });
  }
}
