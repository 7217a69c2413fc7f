import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  IfMatch,
  pageOf,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DeathRecordCommands } from '../application/death-record-commands';
import { DEATH_RECORD_QUERIES, DeathRecordQueries, DeathRecordView, deathRecordView } from '../application/death-record-queries';
import { deathRecordNotFound } from '../domain/death-record';
import {
  CorrectionRequest,
  CremationRequest,
  DeathRecordListQuery,
  DeathRecordPage,
  DeathRecordResponse,
  RegisterDeathRequest,
  RevocationRequest,
} from './death-record.dto';

/** 死亡登记 and 遗体火化: the platform's most consequential event starts here. */
@ApiTags('death-records')
@Controller('api/v1/death-records')
export class DeathRecordsController {
  constructor(
    private readonly commands: DeathRecordCommands,
    @Inject(DEATH_RECORD_QUERIES) private readonly queries: DeathRecordQueries,
  ) {}

  @Get()
  @RequirePermission('death.read')
  @ApiOkResponse({ type: DeathRecordPage })
  @DistrictScope.list('divisionCode')
  async list(@Query() query: DeathRecordListQuery): Promise<DeathRecordPage> {
    const { items, total } = await this.queries.list(query, query);
    return pageOf(items.map(toResponse), total, query);
  }

  @Get(':id')
  @RequirePermission('death.read')
  @VersionedResource()
  @ApiOkResponse({ type: DeathRecordResponse })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async get(@Param('id', UUID) id: string): Promise<DeathRecordResponse> {
    const view = await this.queries.get(id);
    if (!view) throw deathRecordNotFound(id);
    return toResponse(view);
  }

  @Post()
  @RequirePermission('death.register')
  @Command({ action: 'death.register', resourceType: 'death-record', idempotent: true, resourceId: (_p, r) => (r as DeathRecordResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a death (死亡登记); one per citizen ID. Published as funeral.death-record.registered.v1' })
  @ApiCreatedResponse({ type: DeathRecordResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'a death is already registered for this citizen ID' })
  @DistrictScope.division('divisionCode')
  async register(@Body() body: RegisterDeathRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DeathRecordResponse> {
    const record = await this.commands.register(body);
    reply.header('Location', `/api/v1/death-records/${record.id}`);
    return toResponse(deathRecordView(record));
  }

  @Post(':id/correction')
  @VersionedCommand({
    permission: 'death.correct',
    action: 'death.correct',
    resourceType: 'death-record',
    summary:
      'Correct facts recorded wrongly (更正), with the reason; the old values are kept. Published as funeral.death-record.corrected.v1: a corrected date of death moves what the death did to the new date',
    response: DeathRecordResponse,
  })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async correct(@Param('id', UUID) id: string, @Body() body: CorrectionRequest, @IfMatch() expected: number | undefined): Promise<DeathRecordResponse> {
    return toResponse(deathRecordView(await this.commands.correct(id, body, expected)));
  }

  @Post(':id/revocation')
  @VersionedCommand({
    permission: 'death.revoke',
    action: 'death.revoke',
    resourceType: 'death-record',
    summary:
      'Revoke a death registered in error (撤销), with the reason. Published as funeral.death-record.revoked.v1: benefits resume from the date they stopped, the spouse is married again',
    response: DeathRecordResponse,
  })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async revoke(@Param('id', UUID) id: string, @Body() body: RevocationRequest, @IfMatch() expected: number | undefined): Promise<DeathRecordResponse> {
    return toResponse(deathRecordView(await this.commands.revoke(id, body.reason, expected)));
  }

  @Post(':id/cremation')
  @VersionedCommand({
    permission: 'death.cremate',
    action: 'death.cremate',
    resourceType: 'death-record',
    summary: 'Record the cremation (火化) and its certificate',
    response: DeathRecordResponse,
  })
  @DistrictScope.record(DEATH_RECORD_QUERIES)
  async cremate(@Param('id', UUID) id: string, @Body() body: CremationRequest, @IfMatch() expected: number | undefined): Promise<DeathRecordResponse> {
    return toResponse(deathRecordView(await this.commands.cremate(id, body, expected)));
  }
}

function toResponse(v: DeathRecordView): DeathRecordResponse {
  return {
    id: v.id,
    citizenId: citizenIdForCaller('funeral', v.citizenId),
    name: v.name,
    dateOfDeath: v.dateOfDeath,
    placeOfDeath: v.placeOfDeath,
    divisionCode: v.divisionCode,
    funeralHome: v.funeralHome,
    certificateNo: v.certificateNo,
    status: v.status,
    cremation: v.cremation,
    corrections: v.corrections,
    revocation: v.revocation,
    version: v.version,
  };
}
