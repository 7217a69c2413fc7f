import { DistrictScope, DIVISION, MONTH, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { STATISTICS_QUERIES, StatisticsGrouping, StatisticsQueries } from '../application/statistics-queries';

const GROUPINGS = ['district', 'programme', 'district-programme'];

export class CaseloadQuery {
  @ApiPropertyOptional({ enum: GROUPINGS, default: 'district-programme' })
  @IsOptional()
  @IsIn(GROUPINGS)
  groupBy: StatisticsGrouping = 'district-programme';

  @ApiPropertyOptional({ example: '310104' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class PaidQuery extends CaseloadQuery {
  @ApiProperty({ example: '2026-04' })
  @Matches(MONTH, { message: 'month must be a month as YYYY-MM' })
  month: string;
}

export class StatisticsRow {
  @ApiPropertyOptional({ example: '310104', description: 'when grouped by district' }) districtCode?: string;
  @ApiPropertyOptional({ example: 'dibao', description: 'when grouped by programme' }) programme?: string;
  @ApiProperty({ description: '户数' }) households: number;
  @ApiProperty({ description: '人数' }) recipients: number;
  @ApiProperty({ example: '3550000.00', description: '金额 (paid in the month, or monthly amount of open benefits)' }) amount: string;
}

export class PaidStatisticsRow extends StatisticsRow {
  @ApiProperty({ example: '3550000.00', description: "当月发放: the month's own allowances" }) regular: string;
  @ApiProperty({ example: '2840.00', description: '补发: arrears of earlier months paid in this run' }) arrears: string;
  @ApiProperty({ example: '-1420.00', description: '追回: recoveries of earlier months (negative)' }) recoveries: string;
  @ApiProperty({ example: '60.00', description: '价格临时补贴 paid in this run' }) priceSubsidies: string;
}

/** 民政统计 for the bureau's reports. */
@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(@Inject(STATISTICS_QUERIES) private readonly queries: StatisticsQueries) {}

  @Get('payments')
  @RequirePermission('statistics.read')
  @ApiOperation({
    summary:
      "Households, recipients and amounts paid by a month's run, per district and/or programme: households and recipients of the month's own lines, the amount of every line, itemised into the month's allowances, arrears, recoveries and price-linked subsidies",
  })
  @ApiOkResponse({ type: [PaidStatisticsRow] })
  @DistrictScope.list('divisionCode')
  async paid(@Query() query: PaidQuery): Promise<PaidStatisticsRow[]> {
    return this.queries.paid(query.month, query.groupBy, query.divisionCode);
  }

  @Get('caseload')
  @RequirePermission('statistics.read')
  @ApiOperation({ summary: 'Active benefits now: households, recipients and monthly amounts per district and/or programme' })
  @ApiOkResponse({ type: [StatisticsRow] })
  @DistrictScope.list('divisionCode')
  async caseload(@Query() query: CaseloadQuery): Promise<StatisticsRow[]> {
    return this.queries.caseload(query.groupBy, query.divisionCode);
  }
}
