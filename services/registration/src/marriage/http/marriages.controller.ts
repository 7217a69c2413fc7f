import { CitizenId, DomainError } from '@civic/domain-kernel';
import { citizenIdForCaller, Command, ProblemDetails, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MarriageCommands } from '../application/marriage-commands';
import { MarriageRow, MarriageStore } from '../persistence/marriage.store';
import { MaritalStatusResponse, MarriageResponse, RegisterMarriageRequest, ReissueRequest, ReissueResponse } from './marriage.dto';

const UUID = new ParseUUIDPipe({ version: '4' });

/** 婚姻登记: marriages, certificates and each person's marital status. */
@ApiTags('marriages')
@Controller('api/v1')
export class MarriagesController {
  constructor(
    private readonly commands: MarriageCommands,
    private readonly store: MarriageStore,
  ) {}

  @Post('marriages')
  @RequirePermission('marriage.register')
  @Command({ action: 'marriage.register', resourceType: 'marriage', idempotent: true, resourceId: (_p, r) => (r as MarriageResponse | undefined)?.id })
  @ApiOperation({ summary: 'Register a marriage (结婚登记): ages, neither married, no prohibited kinship' })
  @ApiCreatedResponse({ type: MarriageResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'a party is currently married' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a party is under the legal age, or no kinship declaration' })
  async register(@Body() body: RegisterMarriageRequest): Promise<MarriageResponse> {
    const { marriage } = await this.commands.register(body);
    return this.response(marriage);
  }

  @Get('marriages/:id')
  @RequirePermission('marriage.read')
  @ApiOkResponse({ type: MarriageResponse })
  async get(@Param('id', UUID) id: string): Promise<MarriageResponse> {
    const marriage = await this.store.find(id);
    if (!marriage) throw new DomainError('MARRIAGE.NOT_FOUND', `no marriage ${id}`, 'not-found');
    return this.response(marriage);
  }

  @Post('marriages/:id/certificate-reissue')
  @RequirePermission('marriage.register')
  @Command({ action: 'marriage.reissue-certificate', resourceType: 'marriage', idempotent: true, resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Re-issue a lost certificate (补领): the old number is voided' })
  @ApiCreatedResponse({ type: ReissueResponse })
  async reissue(@Param('id', UUID) id: string, @Body() body: ReissueRequest): Promise<ReissueResponse> {
    return { certificateNo: await this.commands.reissue(id, body) };
  }

  @Get('marital-status/:citizenId')
  @RequirePermission('marriage.read')
  @ApiOperation({ summary: 'A person’s marital status as registrations and deaths left it' })
  @ApiOkResponse({ type: MaritalStatusResponse })
  async status(@Param('citizenId') raw: string): Promise<MaritalStatusResponse> {
    const citizenId = CitizenId.parse(raw, 'citizenId');
    const row = await this.store.statusOf(citizenId.value);
    if (!row) return { citizenId: citizenIdForCaller('registration', citizenId.value), status: 'unmarried', marriageId: null, since: citizenId.birthDate.toString() };
    return { citizenId: citizenIdForCaller('registration', row.citizen_id), status: row.status, marriageId: row.marriage_id, since: row.since };
  }

  private async response(m: MarriageRow): Promise<MarriageResponse> {
    const certificates = await this.store.certificates(m.id);
    return {
      id: m.id,
      partyA: { citizenId: citizenIdForCaller('registration', m.party_a_citizen_id), name: m.party_a_name },
      partyB: { citizenId: citizenIdForCaller('registration', m.party_b_citizen_id), name: m.party_b_name },
      registeredOn: m.registered_on,
      officeCode: m.office_code,
      status: m.status,
      endedOn: m.ended_on,
      certificates: certificates.map((c) => ({ number: c.number, kind: c.kind, holder: citizenIdForCaller('registration', c.holder_citizen_id), issuedOn: c.issued_on, voidedOn: c.voided_on })),
    };
  }
}
