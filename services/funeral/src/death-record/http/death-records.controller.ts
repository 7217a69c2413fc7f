import { DomainError } from '@civic/domain-kernel';
import { assertDistrictInScope, citizenIdForCaller, Command, etagOf, expectedVersionFrom, IF_MATCH, pageOf, ProblemDetails, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DeathRecordCommands } from '../application/death-record-commands';
import { DeathRecord } from '../domain/death-record';
import { DeathRecordRow, DeathRecordStore } from '../persistence/death-record.store';
import { CremationRequest, DeathRecordListQuery, DeathRecordPage, DeathRecordResponse, RegisterDeathRequest } from './death-record.dto';

const UUID = new ParseUUIDPipe({ version: '4' });

/** 死亡登记 and 遗体火化: the platform's most consequential event starts here. */
@ApiTags('death-records')
@Controller('api/v1/death-records')
export class DeathRecordsController {
  constructor(
    private readonly commands: DeathRecordCommands,
    private readonly store: DeathRecordStore,
  ) {}

  @Get()
  @RequirePermission('death.read')
  @ApiOkResponse({ type: DeathRecordPage })
  async list(@Query() query: DeathRecordListQuery): Promise<DeathRecordPage> {
    const { rows, total } = await this.store.list(query, query);
    return pageOf(rows.map(fromRow), total, query);
  }

  @Get(':id')
  @RequirePermission('death.read')
  @ApiOkResponse({ type: DeathRecordResponse })
  async get(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<DeathRecordResponse> {
    const found = await this.store.find(id);
    if (!found) throw new DomainError('DEATH.NOT_FOUND', `no death record ${id}`, 'not-found');
    assertDistrictInScope(found.row.division_code);
    reply.header('ETag', etagOf(found.row.version));
    return fromRow(found.row);
  }

  @Post()
  @RequirePermission('death.register')
  @Command({ action: 'death.register', resourceType: 'death-record', idempotent: true, resourceId: (_p, r) => (r as DeathRecordResponse | undefined)?.id })
  @ApiOperation({ summary: 'Register a death (死亡登记); one per citizen ID. Published as funeral.death-record.registered.v1' })
  @ApiCreatedResponse({ type: DeathRecordResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'a death is already registered for this citizen ID' })
  async register(@Body() body: RegisterDeathRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<DeathRecordResponse> {
    const record = await this.commands.register(body);
    reply.header('Location', `/api/v1/death-records/${record.id}`);
    reply.header('ETag', etagOf(record.version));
    return fromDomain(record);
  }

  @Post(':id/cremation')
  @HttpCode(200)
  @RequirePermission('death.cremate')
  @Command({ action: 'death.cremate', resourceType: 'death-record', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Record the cremation (火化) and its certificate' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DeathRecordResponse })
  async cremate(@Param('id', UUID) id: string, @Body() body: CremationRequest, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<DeathRecordResponse> {
    const record = await this.commands.cremate(id, body, expectedVersionFrom(ifMatch));
    reply.header('ETag', etagOf(record.version));
    return fromDomain(record);
  }
}

function fromDomain(record: DeathRecord): DeathRecordResponse {
  const s = record.snapshot();
  return {
    id: s.id,
    citizenId: citizenIdForCaller('funeral', s.citizenId.value),
    name: s.name,
    dateOfDeath: s.dateOfDeath.toString(),
    placeOfDeath: s.placeOfDeath,
    divisionCode: s.divisionCode,
    funeralHome: s.funeralHome,
    certificateNo: s.certificateNo,
    status: s.status,
    cremation: s.cremation,
    version: s.version,
  };
}

function fromRow(r: DeathRecordRow): DeathRecordResponse {
  return {
    id: r.id,
    citizenId: citizenIdForCaller('funeral', r.citizen_id),
    name: r.name,
    dateOfDeath: r.date_of_death,
    placeOfDeath: r.place_of_death,
    divisionCode: r.division_code,
    funeralHome: r.funeral_home,
    certificateNo: r.certificate_no,
    status: r.status,
    cremation: r.cremation,
    version: r.version,
  };
}
