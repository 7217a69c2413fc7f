import { citizenIdForCaller, DistrictScope, IfMatch, pageOf, RequirePermission, UUID, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RESIDENCY_QUERIES, ResidencyQueries, ResidencyView } from '../application/bed-queries';
import { ResidencyCommands } from '../application/residency-commands';
import { residencyNotFound } from '../domain/bed-rules';
import { DischargeRequest, ResidencyListQuery, ResidencyPage, ResidencyResponse, TransferRequest } from './bed.dto';

/** 入住记录: residents, their discharge and transfer. */
@ApiTags('residents')
@Controller('api/v1/residents')
export class ResidentsController {
  constructor(
    private readonly commands: ResidencyCommands,
    @Inject(RESIDENCY_QUERIES) private readonly queries: ResidencyQueries,
  ) {}

  @Get()
  @RequirePermission('resident.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Residencies in the caller’s districts, latest admission first; filter by facility, current or an elder' })
  @ApiOkResponse({ type: ResidencyPage })
  async list(@Query() query: ResidencyListQuery): Promise<ResidencyPage> {
    const { items, total } = await this.queries.list({ ...query, current: query.current === undefined ? undefined : query.current === 'true' }, query);
    return pageOf(items.map(residencyResponse), total, query);
  }

  @Get(':id')
  @RequirePermission('resident.read')
  @DistrictScope.record(RESIDENCY_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: ResidencyResponse })
  async get(@Param('id', UUID) id: string): Promise<ResidencyResponse> {
    return this.view(id);
  }

  @Post(':id/discharge')
  @VersionedCommand({
    permission: 'resident.discharge',
    action: 'resident.discharge',
    resourceType: 'residency',
    summary: '离院: discharge a resident (left or deceased); the bed is freed and a basic-guarantee bed offered to the next elder in line',
    response: ResidencyResponse,
  })
  @DistrictScope.record(RESIDENCY_QUERIES)
  async discharge(@Param('id', UUID) id: string, @Body() body: DischargeRequest, @IfMatch() expected: number | undefined): Promise<ResidencyResponse> {
    await this.commands.discharge(id, body, expected);
    return this.view(id);
  }

  @Post(':id/transfer')
  @VersionedCommand({
    permission: 'resident.discharge',
    action: 'resident.transfer',
    resourceType: 'residency',
    summary: '转床: move a resident to another vacant bed; answers the new residency',
    response: ResidencyResponse,
  })
  @DistrictScope.record(RESIDENCY_QUERIES)
  async transfer(@Param('id', UUID) id: string, @Body() body: TransferRequest, @IfMatch() expected: number | undefined): Promise<ResidencyResponse> {
    const moved = await this.commands.transfer(id, body, expected);
    return this.view(moved.id);
  }

  private async view(id: string): Promise<ResidencyResponse> {
    const view = await this.queries.get(id);
    if (!view) throw residencyNotFound(id);
    return residencyResponse(view);
  }
}

export function residencyResponse(view: ResidencyView): ResidencyResponse {
  return { ...view, citizenId: citizenIdForCaller('eldercare', view.citizenId) };
}
