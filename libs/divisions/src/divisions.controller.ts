import { DomainError } from '@civic/domain-kernel';
import { DistrictScope, pageOf, ParseDivisionCodePipe, ProblemDetails, RequirePermission, UnitOfWork } from '@civic/platform';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FindOptionsWhere } from 'typeorm';
import { DivisionListQuery, DivisionPage, DivisionResponse } from './division.dto';
import { DivisionView } from './division-view.entity';

/** Read-only view of the administrative divisions this service knows (from community's events). */
@ApiTags('divisions')
@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(private readonly uow: UnitOfWork) {}

  @Get()
  @RequirePermission('division.read')
  @ApiOperation({ summary: 'List known administrative divisions (行政区划)' })
  @ApiOkResponse({ type: DivisionPage })
  @DistrictScope.cityWide('the division tree is reference data every context reads')
  async list(@Query() query: DivisionListQuery): Promise<DivisionPage> {
    const where: FindOptionsWhere<DivisionView> = {};
    if (query.parentCode) where.parentCode = query.parentCode;
    if (query.level) where.level = query.level;
    if (query.status) where.status = query.status as DivisionView['status'];
    const [rows, total] = await this.uow
      .manager()
      .getRepository(DivisionView)
      .findAndCount({ where, order: { code: 'ASC' }, take: query.limit, skip: query.offset });
    return pageOf(rows.map(toResponse), total, query);
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
    const row = await this.uow.manager().getRepository(DivisionView).findOneBy({ code });
    if (!row) throw new DomainError('DIVISION.NOT_FOUND', `no division ${code}`, 'not-found');
    return toResponse(row);
  }
}

function toResponse(row: DivisionView): DivisionResponse {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode, validFrom: row.validFrom, validTo: row.validTo, status: row.status };
}
