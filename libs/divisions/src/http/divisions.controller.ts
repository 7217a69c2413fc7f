import { DomainError } from '@civic/domain-kernel';
import { DistrictScope, pageOf, ParseDivisionCodePipe, ProblemDetails, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DIVISION_READ_MODEL, DivisionReadModel, DivisionView } from '../application/division-read-model';
import { DivisionListQuery, DivisionPage, DivisionResponse } from './division.dto';

/** Read-only view of the administrative divisions this service knows (from community's events). */
@ApiTags('divisions')
@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(@Inject(DIVISION_READ_MODEL) private readonly divisions: DivisionReadModel) {}

  @Get()
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'List known administrative divisions (行政区划)' })
  @ApiOkResponse({ type: DivisionPage })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async list(@Query() query: DivisionListQuery): Promise<DivisionPage> {
    const { items, total } = await this.divisions.list(query, query);
    return pageOf(items.map(toResponse), total, query);
  }

  @Get(':code')
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'One administrative division by its code' })
  @ApiParam({ name: 'code', example: '310104' })
  @ApiOkResponse({ type: DivisionResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async get(@Param('code', ParseDivisionCodePipe) code: string): Promise<DivisionResponse> {
    const row = await this.divisions.find(code);
    if (!row) throw new DomainError('DIVISION.NOT_FOUND', `no division ${code}`, 'not-found');
    return toResponse(row);
  }
}

function toResponse(row: DivisionView): DivisionResponse {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode, validFrom: row.validFrom, validTo: row.validTo, status: row.status };
}
