import { Command, DistrictScope, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DivorceCommands } from '../application/divorce-commands';
import { DivorceApplication } from '../domain/divorce-application';
import { CertificateRequest, DivorceApplicationRequest, DivorceResponse, LapseRunResponse, PartyActionRequest } from './divorce.dto';

/** 协议离婚 with the 30-day cooling-off period (离婚冷静期). */
@ApiTags('divorces')
@Controller('api/v1')
export class DivorcesController {
  constructor(private readonly commands: DivorceCommands) {}

  @Post('divorce-applications')
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.apply', resourceType: 'divorce-application', idempotent: true, resourceId: (_p, r) => (r as DivorceResponse | undefined)?.id })
  @ApiOperation({ summary: 'Apply for a divorce by agreement; the 30-day cooling-off period starts' })
  @ApiCreatedResponse({ type: DivorceResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async apply(@Body() body: DivorceApplicationRequest): Promise<DivorceResponse> {
    return response(await this.commands.apply(body));
  }

  @Get('divorce-applications/:id')
  @RequirePermission('marriage.read')
  @ApiOkResponse({ type: DivorceResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async get(@Param('id', UUID) id: string): Promise<DivorceResponse> {
    return response(await this.commands.find(id));
  }

  @Post('divorce-applications/:id/withdrawal')
  @HttpCode(200)
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.withdraw', resourceType: 'divorce-application', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Either party withdraws within the cooling-off period' })
  @ApiOkResponse({ type: DivorceResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async withdraw(@Param('id', UUID) id: string, @Body() body: PartyActionRequest): Promise<DivorceResponse> {
    return response(await this.commands.withdraw(id, body.citizenId));
  }

  @Post('divorce-applications/:id/certificate-requests')
  @HttpCode(200)
  @RequirePermission('marriage.register')
  @Command({ action: 'divorce.request-certificate', resourceType: 'divorce-application', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'A party asks for the certificate after the cooling-off period; when both have, the divorce is registered' })
  @ApiOkResponse({ type: DivorceResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async requestCertificate(@Param('id', UUID) id: string, @Body() body: CertificateRequest): Promise<DivorceResponse> {
    const { application, certificates } = await this.commands.requestCertificate(id, body);
    return { ...response(application), ...(certificates.length ? { certificates } : {}) };
  }

  @Post('divorce-lapse-runs')
  @HttpCode(200)
  @RequirePermission('marriage.admin')
  @Command({ action: 'divorce.lapse-run', resourceType: 'divorce-application' })
  @ApiOperation({
    summary: 'Run the lapse job now (it also runs hourly): applications past their certificate deadline are deemed withdrawn; safe to run twice',
  })
  @ApiOkResponse({ type: LapseRunResponse })
  @DistrictScope.cityLevel()
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
    closedOn: s.closedOn?.toString() ?? null,
    inPersonVerifiedBy: s.inPersonVerifiedBy,
    version: s.version,
  };
}
