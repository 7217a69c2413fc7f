import { DomainError, Money } from '@civic/domain-kernel';
import { Command, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CemeteryCommands } from '../application/cemetery-commands';
import { CemeteryRow, CemeteryStore, PlotRow, ZoneRow } from '../persistence/cemetery.store';
import {
  AddPlotsRequest,
  AddPlotsResponse,
  AssignPlotRequest,
  CemeteryListQuery,
  CemeteryPage,
  CemeteryResponse,
  OpenZoneRequest,
  PlotListQuery,
  PlotPage,
  PlotResponse,
  RegisterCemeteryRequest,
  ZoneResponse,
} from './cemetery.dto';

/** 公墓: cemeteries, their zones and plots (墓穴 <= 0.6 m² in zones opened under the current rule). */
@ApiTags('cemeteries')
@Controller('api/v1')
export class CemeteriesController {
  constructor(
    private readonly commands: CemeteryCommands,
    private readonly store: CemeteryStore,
  ) {}

  @Post('cemeteries')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.register', resourceType: 'cemetery', idempotent: true, resourceId: (_p, r) => (r as CemeteryResponse | undefined)?.id })
  @ApiCreatedResponse({ type: CemeteryResponse })
  async register(@Body() body: RegisterCemeteryRequest): Promise<CemeteryResponse> {
    return cemeteryResponse(await this.commands.register(body));
  }

  @Get('cemeteries')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: CemeteryPage })
  async list(@Query() query: CemeteryListQuery): Promise<CemeteryPage> {
    const { rows, total } = await this.store.list(query, query);
    return pageOf(rows.map(cemeteryResponse), total, query);
  }

  @Get('cemeteries/:id/zones')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: [ZoneResponse] })
  async zones(@Param('id', UUID) id: string): Promise<ZoneResponse[]> {
    if (!(await this.store.find(id))) throw new DomainError('CEMETERY.NOT_FOUND', `no cemetery ${id}`, 'not-found');
    return (await this.store.zones(id)).map(zoneResponse);
  }

  @Post('cemeteries/:id/zones')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.open-zone', resourceType: 'cemetery', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Open a zone (墓区); from the rule date on its plots are limited to 0.6 m²' })
  @ApiCreatedResponse({ type: ZoneResponse })
  async openZone(@Param('id', UUID) id: string, @Body() body: OpenZoneRequest): Promise<ZoneResponse> {
    return zoneResponse(await this.commands.openZone(id, body));
  }

  @Post('cemeteries/:id/zones/:zoneId/plots')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.add-plots', resourceType: 'cemetery', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Lay out plots in a zone; all or none' })
  @ApiCreatedResponse({ type: AddPlotsResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a plot over the zone area limit (plot.area-over-limit)' })
  async addPlots(@Param('id', UUID) id: string, @Param('zoneId', UUID) zoneId: string, @Body() body: AddPlotsRequest): Promise<AddPlotsResponse> {
    return { added: await this.commands.addPlots(id, zoneId, body.plots) };
  }

  @Get('cemeteries/:id/plots')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: PlotPage })
  async plots(@Param('id', UUID) id: string, @Query() query: PlotListQuery): Promise<PlotPage> {
    const { rows, total } = await this.store.plots({ cemeteryId: id, ...query }, query);
    return pageOf(rows.map(plotResponse), total, query);
  }

  @Post('plots/:id/assignment')
  @HttpCode(200)
  @RequirePermission('cemetery.assign')
  @Command({ action: 'plot.assign', resourceType: 'plot', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Assign the plot to a registered death (安葬); a plot is assigned at most once' })
  @ApiOkResponse({ type: PlotResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the plot is already assigned, or the deceased already has one' })
  async assign(@Param('id', UUID) id: string, @Body() body: AssignPlotRequest): Promise<PlotResponse> {
    return plotResponse(await this.commands.assignPlot(id, body));
  }
}

function cemeteryResponse(c: CemeteryRow): CemeteryResponse {
  return { id: c.id, name: c.name, kind: c.kind, divisionCode: c.division_code };
}
function zoneResponse(z: ZoneRow): ZoneResponse {
  return {
    id: z.id,
    code: z.code,
    openedOn: z.opened_on,
    burialType: z.burial_type,
    maxPlotAreaM2: z.max_plot_area_m2 === null ? null : Number(z.max_plot_area_m2).toFixed(2),
  };
}
function plotResponse(p: PlotRow): PlotResponse {
  return {
    id: p.id,
    zoneId: p.zone_id,
    zoneCode: p.zone_code,
    number: p.number,
    areaM2: Number(p.area_m2).toFixed(2),
    status: p.status,
    deathRecordId: p.death_record_id,
    assignedOn: p.assigned_on,
    ecoSubsidy: p.eco_subsidy_fen === null ? null : Money.ofFen(Number(p.eco_subsidy_fen)).toString(),
  };
}
