import { citizenIdForCaller, Command, DistrictScope, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { LeadCommands } from '../application/lead-commands';
import { LEAD_QUERIES, LeadQueries, LeadView } from '../application/lead-queries';
import { Lead, leadNotFound } from '../domain/lead';
import {
  AssignLeadRequest,
  ConvertLeadRequest,
  DismissLeadRequest,
  FollowUpRequest,
  LeadListQuery,
  LeadPage,
  LeadResponse,
  LeadRuleRequest,
  LeadRuleResponse,
} from './lead.dto';

/** 政策找人: leads for assistance advisers (救助顾问), and the rules that make them. */
@ApiTags('leads')
@Controller('api/v1')
export class LeadsController {
  constructor(
    private readonly commands: LeadCommands,
    @Inject(LEAD_QUERIES) private readonly queries: LeadQueries,
  ) {}

  @Get('leads')
  @RequirePermission('lead.read')
  @ApiOperation({ summary: 'Leads in your districts by division, status, kind, assignee and date' })
  @ApiOkResponse({ type: LeadPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: LeadListQuery): Promise<LeadPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(leadResponse), total, query);
  }

  @Get('leads/:id')
  @RequirePermission('lead.read')
  @ApiOkResponse({ type: LeadResponse })
  @DistrictScope.record(LEAD_QUERIES)
  async get(@Param('id', UUID) id: string): Promise<LeadResponse> {
    const lead = await this.queries.get(id);
    if (!lead) throw leadNotFound(id);
    return leadResponse(lead);
  }

  @Post('leads/:id/assignment')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.assign', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOkResponse({ type: LeadResponse })
  @DistrictScope.record(LEAD_QUERIES)
  async assign(@Param('id', UUID) id: string, @Body() body: AssignLeadRequest): Promise<LeadResponse> {
    return this.respond(await this.commands.assign(id, body.assignee));
  }

  @Post('leads/:id/follow-ups')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.follow-up', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record a visit or call (走访记录)' })
  @ApiOkResponse({ type: LeadResponse })
  @DistrictScope.record(LEAD_QUERIES)
  async followUp(@Param('id', UUID) id: string, @Body() body: FollowUpRequest): Promise<LeadResponse> {
    return this.respond(await this.commands.followUp(id, body.text));
  }

  @Post('leads/:id/conversion')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.convert', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Convert the lead into an application for its household' })
  @ApiOkResponse({ type: LeadResponse })
  @DistrictScope.record(LEAD_QUERIES)
  async convert(@Param('id', UUID) id: string, @Body() body: ConvertLeadRequest): Promise<LeadResponse> {
    return this.respond(await this.commands.convert(id, body));
  }

  @Post('leads/:id/dismissal')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.dismiss', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOkResponse({ type: LeadResponse })
  @DistrictScope.record(LEAD_QUERIES)
  async dismiss(@Param('id', UUID) id: string, @Body() body: DismissLeadRequest): Promise<LeadResponse> {
    return this.respond(await this.commands.dismiss(id, body.reason));
  }

  @Get('lead-rules')
  @RequirePermission('lead.read')
  @ApiOkResponse({ type: [LeadRuleResponse] })
  @DistrictScope.cityWide("the city's lead rules, read by every district")
  async rules(): Promise<LeadRuleResponse[]> {
    return this.commands.rules();
  }

  @Put('lead-rules/:code')
  @RequirePermission('lead-rule.manage')
  @Command({ action: 'lead-rule.save', resourceType: 'lead-rule', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Create or change a rule (data, no release): which event, under which conditions, makes which lead' })
  @ApiParam({ name: 'code', example: 'disabled-person' })
  @ApiOkResponse({ type: LeadRuleResponse })
  @DistrictScope.cityLevel()
  async saveRule(@Param('code') code: string, @Body() body: LeadRuleRequest): Promise<LeadRuleResponse> {
    return this.commands.saveRule({ code, ...body });
  }

  /** The lead as stored after the command (its creation time comes from the database). */
  private async respond(lead: Lead): Promise<LeadResponse> {
    return leadResponse((await this.queries.get(lead.id))!);
  }
}

function leadResponse(v: LeadView): LeadResponse {
  return { ...v, citizenId: citizenIdForCaller('assistance', v.citizenId) };
}
