import { BusinessDate, Clock } from '@civic/domain-kernel';
import { citizenIdForCaller, CLOCK, Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CemeteryCommands } from '../application/cemetery-commands';
import {
  CEMETERY_QUERIES,
  CemeteryQueries,
  cemeteryView,
  EcoClaimView,
  ecoClaimView,
  PLOT_DIVISIONS,
  plotView,
  zoneView,
} from '../application/cemetery-queries';
import { cemeteryNotFound } from '../domain/cemetery';
import {
  AddPlotsRequest,
  AddPlotsResponse,
  AssignPlotRequest,
  CemeteryListQuery,
  CemeteryPage,
  CemeteryResponse,
  EcoClaimListQuery,
  EcoClaimPage,
  EcoClaimRequest,
  EcoClaimResponse,
  EcoPaymentRequest,
  ExpiringPlotPage,
  ExpiringPlotsQuery,
  OpenZoneRequest,
  PlotListQuery,
  PlotPage,
  PlotResponse,
  RecordExistingZoneRequest,
  RegisterCemeteryRequest,
  ZoneResponse,
} from './cemetery.dto';

/** 公墓: cemeteries, their zones and plots (墓穴 <= 0.6 m² in zones opened under the current rule). */
@ApiTags('cemeteries')
@Controller('api/v1')
export class CemeteriesController {
  constructor(
    private readonly commands: CemeteryCommands,
    @Inject(CEMETERY_QUERIES) private readonly queries: CemeteryQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('cemeteries')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.register', resourceType: 'cemetery', idempotent: true, resourceId: (_p, r) => (r as CemeteryResponse | undefined)?.id })
  @ApiCreatedResponse({ type: CemeteryResponse })
  @DistrictScope.division('divisionCode')
  async register(@Body() body: RegisterCemeteryRequest): Promise<CemeteryResponse> {
    return cemeteryView(await this.commands.register(body));
  }

  @Get('cemeteries')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: CemeteryPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: CemeteryListQuery): Promise<CemeteryPage> {
    const { items, total } = await this.queries.cemeteries(query, query);
    return pageOf(items, total, query);
  }

  @Get('cemeteries/:id/zones')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: [ZoneResponse] })
  @DistrictScope.record(CEMETERY_QUERIES)
  async zones(@Param('id', UUID) id: string): Promise<ZoneResponse[]> {
    if (!(await this.queries.cemetery(id))) throw cemeteryNotFound(id);
    return this.queries.zones(id);
  }

  @Post('cemeteries/:id/zones')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.open-zone', resourceType: 'cemetery', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Open a zone (墓区); from the rule date on its plots are limited to 0.6 m²' })
  @ApiCreatedResponse({ type: ZoneResponse })
  @DistrictScope.record(CEMETERY_QUERIES)
  async openZone(@Param('id', UUID) id: string, @Body() body: OpenZoneRequest): Promise<ZoneResponse> {
    return zoneView(await this.commands.openZone(id, body));
  }

  @Post('cemeteries/:id/existing-zones')
  @RequirePermission('cemetery.record-existing-zone')
  @Command({ action: 'cemetery.record-existing-zone', resourceType: 'cemetery', resourceId: (p) => p.id })
  @ApiOperation({
    summary: 'Record a zone of an existing cemetery that opened before today (存量墓区), with its approval document',
    description: 'Its real opening date decides whether the 0.6 m² limit applies, so it needs its own permission and is audited.',
  })
  @ApiCreatedResponse({ type: ZoneResponse })
  @DistrictScope.record(CEMETERY_QUERIES)
  async recordExistingZone(@Param('id', UUID) id: string, @Body() body: RecordExistingZoneRequest): Promise<ZoneResponse> {
    return zoneView(await this.commands.recordExistingZone(id, body));
  }

  @Post('cemeteries/:id/zones/:zoneId/plots')
  @RequirePermission('cemetery.manage')
  @Command({ action: 'cemetery.add-plots', resourceType: 'cemetery', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Lay out plots in a zone; all or none' })
  @ApiCreatedResponse({ type: AddPlotsResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a plot over the zone area limit (plot.area-over-limit)' })
  @DistrictScope.record(CEMETERY_QUERIES)
  async addPlots(@Param('id', UUID) id: string, @Param('zoneId', UUID) zoneId: string, @Body() body: AddPlotsRequest): Promise<AddPlotsResponse> {
    return { added: await this.commands.addPlots(id, zoneId, body.plots) };
  }

  @Get('cemeteries/:id/plots')
  @RequirePermission('cemetery.read')
  @ApiOkResponse({ type: PlotPage })
  @DistrictScope.record(CEMETERY_QUERIES)
  @DistrictScope.list()
  async plots(@Param('id', UUID) id: string, @Query() query: PlotListQuery): Promise<PlotPage> {
    const { items, total } = await this.queries.plots({ cemeteryId: id, ...query }, query);
    return pageOf(items, total, query);
  }

  @Post('plots/:id/eco-subsidy-claim')
  @RequirePermission('eco-subsidy.manage')
  @Command({ action: 'eco-subsidy.claim', resourceType: 'plot', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: '节地生态安葬补贴: the family applies for the subsidy the eco burial carries (once per burial)' })
  @ApiCreatedResponse({ type: EcoClaimResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'already applied for' })
  @DistrictScope.record(PLOT_DIVISIONS)
  async claimEcoSubsidy(@Param('id', UUID) id: string, @Body() body: EcoClaimRequest): Promise<EcoClaimResponse> {
    return ecoClaimResponse(ecoClaimView(await this.commands.claimEcoSubsidy(id, body)));
  }

  @Post('plots/:id/eco-subsidy-claim/payment')
  @HttpCode(200)
  @RequirePermission('eco-subsidy.pay')
  @Command({ action: 'eco-subsidy.pay', resourceType: 'plot', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record that the district paid the eco-burial subsidy, with the payment reference (once)' })
  @ApiOkResponse({ type: EcoClaimResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'already paid' })
  @DistrictScope.record(PLOT_DIVISIONS)
  async payEcoSubsidy(@Param('id', UUID) id: string, @Body() body: EcoPaymentRequest): Promise<EcoClaimResponse> {
    return ecoClaimResponse(ecoClaimView(await this.commands.payEcoSubsidy(id, body.paymentReference)));
  }

  @Get('eco-subsidy-claims')
  @RequirePermission('eco-subsidy.read')
  @ApiOperation({ summary: 'Eco-burial subsidy claims, oldest first: those applied for and not yet paid are the payment worklist' })
  @ApiOkResponse({ type: EcoClaimPage })
  @DistrictScope.list('divisionCode')
  async ecoClaims(@Query() query: EcoClaimListQuery): Promise<EcoClaimPage> {
    const { items, total } = await this.queries.ecoClaims(query, query);
    return pageOf(items.map(ecoClaimResponse), total, query);
  }

  @Get('plots/expiring')
  @RequirePermission('cemetery.read')
  @ApiOperation({ summary: 'Graves and niches whose use term (使用年限) ends within the days asked (or has ended), soonest first: the renewal reminder list' })
  @ApiOkResponse({ type: ExpiringPlotPage })
  @DistrictScope.list('divisionCode')
  async expiring(@Query() query: ExpiringPlotsQuery): Promise<ExpiringPlotPage> {
    const until = BusinessDate.today(this.clock).addDays(query.withinDays).toString();
    const { items, total } = await this.queries.expiring(until, query, query);
    return pageOf(items, total, query);
  }

  @Post('plots/:id/assignment')
  @HttpCode(200)
  @RequirePermission('cemetery.assign')
  @Command({ action: 'plot.assign', resourceType: 'plot', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Assign the plot to a registered death (安葬); a plot is assigned at most once' })
  @ApiOkResponse({ type: PlotResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the plot is already assigned, or the deceased already has one' })
  @DistrictScope.record(PLOT_DIVISIONS)
  async assign(@Param('id', UUID) id: string, @Body() body: AssignPlotRequest): Promise<PlotResponse> {
    const { plot, zone } = await this.commands.assignPlot(id, body);
    return plotView(plot, zone.code);
  }
}

function ecoClaimResponse(v: EcoClaimView): EcoClaimResponse {
  return { ...v, applicantCitizenId: citizenIdForCaller('funeral', v.applicantCitizenId) };
}
