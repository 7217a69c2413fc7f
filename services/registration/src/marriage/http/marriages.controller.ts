import { CitizenId } from '@civic/domain-kernel';
import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  ParseCitizenIdPipe,
  ProblemDetails,
  recordPersonalDataRead,
  RequirePermission,
  UUID,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MarriageCommands } from '../application/marriage-commands';
import { MARRIAGE_QUERIES, MarriageQueries, MarriageView, marriageView } from '../application/marriage-queries';
import { marriageNotFound } from '../domain/marriage';
import {
  MaritalStatusResponse,
  MarriageResponse,
  PriorMarriageImportRequest,
  PriorMarriageImportResponse,
  RegisterMarriageRequest,
  ReissueRequest,
  ReissueResponse,
} from './marriage.dto';

/** 婚姻登记: marriages, certificates and each person's marital status. */
@ApiTags('marriages')
@Controller('api/v1')
export class MarriagesController {
  constructor(
    private readonly commands: MarriageCommands,
    @Inject(MARRIAGE_QUERIES) private readonly queries: MarriageQueries,
  ) {}

  @Post('marriages')
  @RequirePermission('marriage.register')
  @Command({ action: 'marriage.register', resourceType: 'marriage', idempotent: true, resourceId: (_p, r) => (r as MarriageResponse | undefined)?.id })
  @ApiOperation({ summary: 'Register a marriage (结婚登记): ages, neither married, no prohibited kinship' })
  @ApiCreatedResponse({ type: MarriageResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'a party is currently married' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a party is under the legal age, or no kinship declaration' })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async register(@Body() body: RegisterMarriageRequest): Promise<MarriageResponse> {
    return toResponse(marriageView(await this.commands.register(body)));
  }

  @Post('prior-marriage-imports')
  @RequirePermission('marriage.import')
  @Command({ action: 'marriage.import-prior', resourceType: 'marriage-import', idempotent: true })
  @ApiOperation({
    summary:
      'Import marriages registered before the platform (national marriage-registration data): the bigamy check and divorce see them. Each record once; records the registry contradicts are reported, not imported',
  })
  @ApiOkResponse({ type: PriorMarriageImportResponse })
  @DistrictScope.cityWide('the registry is city-wide')
  async importPrior(@Body() body: PriorMarriageImportRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PriorMarriageImportResponse> {
    reply.status(200);
    return this.commands.importPrior(body.source, body.records);
  }

  @Get('marriages/:id')
  @RequirePermission('marriage.read')
  @ApiOkResponse({ type: MarriageResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async get(@Param('id', UUID) id: string): Promise<MarriageResponse> {
    const marriage = await this.queries.get(id);
    if (!marriage) throw marriageNotFound(id);
    return toResponse(marriage);
  }

  @Post('marriages/:id/certificate-reissue')
  @RequirePermission('marriage.register')
  @Command({ action: 'marriage.reissue-certificate', resourceType: 'marriage', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Re-issue a lost certificate (补领): the old number is voided' })
  @ApiCreatedResponse({ type: ReissueResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async reissue(@Param('id', UUID) id: string, @Body() body: ReissueRequest): Promise<ReissueResponse> {
    return { certificateNo: (await this.commands.reissue(id, body)).number };
  }

  @Get('marital-status/:citizenId')
  @RequirePermission('marriage.read')
  @ApiOperation({ summary: 'A person’s marital status as registrations and deaths left it' })
  @ApiOkResponse({ type: MaritalStatusResponse })
  @ApiParam({ name: 'citizenId', type: String })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async status(@Param('citizenId', ParseCitizenIdPipe) raw: string): Promise<MaritalStatusResponse> {
    const citizenId = CitizenId.parse(raw, 'citizenId');
    // Whoever asks, a person's marital status is theirs: every look-up is audited.
    recordPersonalDataRead('marital status');
    const view = await this.queries.maritalStatus(citizenId.value);
    if (!view)
      return { citizenId: citizenIdForCaller('registration', citizenId.value), status: 'unknown', marriageId: null, since: citizenId.birthDate.toString() };
    return { ...view, citizenId: citizenIdForCaller('registration', view.citizenId) };
  }
}

function toResponse(m: MarriageView): MarriageResponse {
  const mask = (citizenId: string) => citizenIdForCaller('registration', citizenId);
  return {
    id: m.id,
    partyA: { citizenId: mask(m.partyA.citizenId), name: m.partyA.name },
    partyB: { citizenId: mask(m.partyB.citizenId), name: m.partyB.name },
    registeredOn: m.registeredOn,
    officeCode: m.officeCode,
    status: m.status,
    endedOn: m.endedOn,
    certificates: m.certificates.map((c) => ({ number: c.number, kind: c.kind, holder: mask(c.holderCitizenId), issuedOn: c.issuedOn, voidedOn: c.voidedOn })),
    declarationsConfirmedBy: m.declarationsConfirmedBy,
    importedFrom: m.importedFrom,
    inPersonVerifiedBy: m.inPersonVerifiedBy,
  };
}
