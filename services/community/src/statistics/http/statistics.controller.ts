import { DistrictScope, DivisionFilterQuery, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { STATISTICS_QUERIES, StatisticsQueries } from '../application/statistics-queries';

export class CommunityStatisticsResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ description: "residents' and villagers' committees in force" }) committees: number;
  @ApiProperty() dwellings: number;
  @ApiProperty({ description: 'persons living in a dwelling now' }) residents: number;
}

export class TaggedPersonsResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ example: 'living-alone-elder' }) tag: string;
  @ApiProperty({ description: 'persons holding the tag now' }) persons: number;
}

/** 统计: the community cloud per district, for the bureau's reports. */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(@Inject(STATISTICS_QUERIES) private readonly queries: StatisticsQueries) {}

  @Get('community')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Committees, dwellings and residents per district' })
  @ApiOkResponse({ type: [CommunityStatisticsResponse] })
  community(@Query() query: DivisionFilterQuery): Promise<CommunityStatisticsResponse[]> {
    return this.queries.community(query.divisionCode);
  }

  @Get('tagged-persons')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Persons holding each tag now, per district' })
  @ApiOkResponse({ type: [TaggedPersonsResponse] })
  taggedPersons(@Query() query: DivisionFilterQuery): Promise<TaggedPersonsResponse[]> {
    return this.queries.taggedPersons(query.divisionCode);
  }
}
