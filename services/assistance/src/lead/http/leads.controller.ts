import { DomainError } from '@civic/domain-kernel';
import { assertDistrictInScope, citizenIdForCaller, Command, pageOf, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { LeadCommands } from '../application/lead-commands';
import { LeadRow, LeadStore } from '../persistence/lead.store';
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
    private readonly store: LeadStore,
  ) {}

  @Get('leads')
  @RequirePermission('lead.read')
  @ApiOperation({ summary: 'Leads in your districts by division, status, kind, assignee and date' })
  @ApiOkResponse({ type: LeadPage })
  async list(@Query() query: LeadListQuery): Promise<LeadPage> {
    const { rows, total } = await this.store.list(query, query);
    return pageOf(rows.map(leadResponse), total, query);
  }

  @Get('leads/:id')
  @RequirePermission('lead.read')
  @ApiOkResponse({ type: LeadResponse })
  async get(@Param('id', UUID) id: string): Promise<LeadResponse> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('LEAD.NOT_FOUND', `no lead ${id}`, 'not-found');
    assertDistrictInScope(found.row.division_code);
    return leadResponse(found.row);
  }

  @Post('leads/:id/assignment')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.assign', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOkResponse({ type: LeadResponse })
  async assign(@Param('id', UUID) id: string, @Body() body: AssignLeadRequest): Promise<LeadResponse> {
    return leadResponse(await this.commands.assign(id, body.assignee));
  }

  @Post('leads/:id/follow-ups')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.follow-up', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record a visit or call (走访记录)' })
  @ApiOkResponse({ type: LeadResponse })
  async followUp(@Param('id', UUID) id: string, @Body() body: FollowUpRequest): Promise<LeadResponse> {
    return leadResponse(await this.commands.followUp(id, body.text));
  }

  @Post('leads/:id/conversion')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.convert', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Convert the lead into an application for its household' })
  @ApiOkResponse({ type: LeadResponse })
  async convert(@Param('id', UUID) id: string, @Body() body: ConvertLeadRequest): Promise<LeadResponse> {
    return leadResponse(await this.commands.convert(id, body));
  }

  @Post('leads/:id/dismissal')
  @HttpCode(200)
  @RequirePermission('lead.manage')
  @Command({ action: 'lead.dismiss', resourceType: 'lead', resourceId: (p) => p.id })
  @ApiOkResponse({ type: LeadResponse })
  async dismiss(@Param('id', UUID) id: string, @Body() body: DismissLeadRequest): Promise<LeadResponse> {
    return leadResponse(await this.commands.dismiss(id, body.reason));
  }

  @Get('lead-rules')
  @RequirePermission('lead.read')
  @ApiOkResponse({ type: [LeadRuleResponse] })
  async rules(): Promise<LeadRuleResponse[]> {
    return this.store.rules();
  }

  @Put('lead-rules/:code')
  @RequirePermission('lead-rule.manage')
  @Command({ action: 'lead-rule.save', resourceType: 'lead-rule', resourceId: (p) => p.code })
  @ApiOperation({ summary: 'Create or change a rule (data, no release): which event, under which conditions, makes which lead' })
  @ApiParam({ name: 'code', example: 'disabled-person' })
  @ApiOkResponse({ type: LeadRuleResponse })
  async saveRule(@Param('code') code: string, @Body() body: LeadRuleRequest): Promise<LeadRuleResponse> {
    if (!/^[a-z0-9-]{3,60}$/.test(code)) throw new DomainError('LEAD_RULE.INVALID', 'code must be 3-60 of a-z 0-9 -', 'invalid', 'code');
    return this.commands.saveRule({ code, ...body });
  }
}

function leadResponse(r: LeadRow): LeadResponse {
  return {
    id: r.id,
    ruleCode: r.rule_code,
    kind: r.kind,
    sourceEventType: r.source_event_type,
    citizenId: citizenIdForCaller('assistance', r.citizen_id),
    personName: r.person_name,
    divisionCode: r.division_code,
    householdId: r.household_id,
    summary: r.summary,
    status: r.status,
    assignee: r.assignee,
    notes: r.notes,
    applicationId: r.application_id,
    dismissReason: r.dismiss_reason,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  };
}
