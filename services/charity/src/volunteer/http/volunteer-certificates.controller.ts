import { DistrictScope, RequirePermission } from '@civic/platform';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { VOLUNTEER_QUERIES, VolunteerQueries } from '../application/volunteer-queries';
import { certificateNotFound } from '../domain/service-certificate';
import { CERTIFICATE_NUMBER_PARAM, ParseCertificateNumberPipe } from './certificate-number.pipe';
import { CertificateResponse } from './volunteer.dto';

/** Verification of a volunteer service certificate by its number: what the certificate states, nothing more. */
@ApiTags('volunteers')
@Controller('api/v1/volunteer-certificates')
export class VolunteerCertificatesController {
  constructor(@Inject(VOLUNTEER_QUERIES) private readonly queries: VolunteerQueries) {}

  @Get(':number')
  @RequirePermission('volunteer-certificate.verify')
  @DistrictScope.cityWide('a certificate is checked by whoever holds its number, wherever it was issued')
  @ApiOperation({ summary: 'Check a certificate by its number (an employer, a school): its holder, hours and period as issued' })
  @ApiParam(CERTIFICATE_NUMBER_PARAM)
  @ApiOkResponse({ type: CertificateResponse })
  async verify(@Param('number', ParseCertificateNumberPipe) number: string): Promise<CertificateResponse> {
    const certificate = await this.queries.certificate(number);
    if (!certificate) throw certificateNotFound(number);
    return certificate;
  }
}
