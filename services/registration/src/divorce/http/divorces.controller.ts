import { Command, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { DivorceCommands } from '../application/divorce-commands';
import { DIVORCE_STATUS_LABELS, DivorceApplication } from '../domain/divorce-application';

export class DivorceApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  marriageId: string;
}

export class PartyActionRequest {
  @ApiProperty({ example: '110105199001011232', description: 'the party acting (in person)' })
  @IsString()
  citizenId: string;
}

export class CertificateRequest extends PartyActionRequest {
  @ApiProperty({ example: '310104' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;
}

export class DivorceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) marriageId: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ format: 'date', description: 'last day either party may withdraw' }) coolingOffEnds: string;
  @ApiProperty({ format: 'date', description: 'last day to ask for the certificate together' }) certificateDeadline: string;
  @ApiProperty({ enum: ['cooling-off', 'divorced', 'withdrawn', 'lapsed'], description: DIVORCE_STATUS_LABELS }) status: string;
  @ApiProperty({ description: 'how many of the two parties have asked for the certificate' }) certificateRequests: number;
  @ApiPropertyOptional({ type: [String], description: 'divorce certificates issued, when divorced' }) certificates?: string[];
  @ApiProperty() version: number;
}

export class LapseRunResponse {
  @ApiProperty({ description: 'applications that lapsed in this run (0 when run again)' }) lapsed: number;
}

/** 协议离婚 with the 30-day cooling-off period (离婚冷静期). */
@ApiTags('divorces')
@Controller('api/v1/divorce-applications')
export class DivorcesController {
  constructor(private readonly commands: DivorceCommands) {}

  @Post()
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.apply', resourceType: 'divorce-application', idempotent: true, resourceId: (_p, r) => (r as DivorceResponse | undefined)?.id })
  @ApiOperation({ summary: 'Apply for a divorce by agreement; the 30-day cooling-off period starts' })
  @ApiCreatedResponse({ type: DivorceResponse })
  async apply(@Body() body: DivorceApplicationRequest): Promise<DivorceResponse> {
    return response(await this.commands.apply(body));
  }

  @Get(':id')
  @RequirePermission('marriage.read')
  @ApiOkResponse({ type: DivorceResponse })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<DivorceResponse> {
    return response(await this.commands.find(id));
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.withdraw', resourceType: 'divorce-application', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Either party withdraws within the cooling-off period' })
  @ApiOkResponse({ type: DivorceResponse })
  async withdraw(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() body: PartyActionRequest): Promise<DivorceResponse> {
    return response(await this.commands.withdraw(id, body.citizenId));
  }

  @Post(':id/certificate-requests')
  @HttpCode(200)
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.request-certificate', resourceType: 'divorce-application', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'A party asks for the certificate after the cooling-off period; when both have, the divorce is registered' })
  @ApiOkResponse({ type: DivorceResponse })
  async requestCertificate(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() body: CertificateRequest): Promise<DivorceResponse> {
    const { application, certificates } = await this.commands.requestCertificate(id, body.citizenId, body.officeCode);
    return { ...response(application), ...(certificates.length ? { certificates } : {}) };
  }

  @Post('lapse-run')
  @HttpCode(200)
  @RequirePermission('marriage.admin')
  @Command({ action: 'divorce.lapse-run', resourceType: 'divorce-application' })
  @ApiOperation({ summary: 'Run the lapse job now (it also runs hourly): applications past their certificate deadline are deemed withdrawn; safe to run twice' })
  @ApiOkResponse({ type: LapseRunResponse })
  async lapse(): Promise<LapseRunResponse> {
    return { lapsed: await this.commands.lapseDue() };
  }
}

function response(d: DivorceApplication): DivorceResponse {
  const s = d.snapshot();
  return {
    id: s.id,
    marriageId: s.marriageId,
    appliedOn: s.appliedOn.toString(),
    coolingOffEnds: d.coolingOffEnds.toString(),
    certificateDeadline: d.certificateDeadline.toString(),
    status: s.status,
    certificateRequests: Object.keys(s.certificateRequests).length,
    version: s.version,
  };
}
