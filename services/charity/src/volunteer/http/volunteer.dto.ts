import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, TextField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class RegisterVolunteerRequest {
  @CitizenIdField()
  citizenId: string;

  @TextField(50, { example: '王志愿' })
  name: string;

  @DivisionCodeField('divisionCode', { description: 'where the volunteer lives' })
  divisionCode: string;

  @BusinessDateField('registeredOn', { example: '2025-01-10' })
  registeredOn: string;
}

export class JoinOrganisationRequest {
  @ApiProperty({ format: 'uuid', description: 'a registered social organisation' })
  @IsUUID()
  organisationId: string;

  @BusinessDateField('joinedOn', { example: '2025-02-01' })
  joinedOn: string;
}

export class ServiceRecordRequest {
  @ApiProperty({ format: 'uuid', description: 'an organisation the volunteer had joined by servedOn' })
  @IsUUID()
  organisationId: string;

  @BusinessDateField('servedOn', { example: '2025-03-01' })
  servedOn: string;

  @ApiProperty({ example: 2.5, minimum: 0.1, maximum: 24, description: 'hours served, to one decimal' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  hours: number;

  @TextField(200, { example: '社区助老: 陪伴独居老人就医' })
  activity: string;
}

class VolunteerFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['active', 'closed'] })
  @IsOptional()
  @IsIn(['active', 'closed'])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'volunteers serving with this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class VolunteerListQuery extends IntersectionType(PageQuery, VolunteerFilterQuery) {}

export class MembershipResponse {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'date' }) joinedOn: string;
}

export class VolunteerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'masked unless the caller may read personal data' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty({ enum: ['active', 'closed'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty({ type: [MembershipResponse] }) organisations: MembershipResponse[];
  @ApiProperty({ example: '12.5', description: 'cumulative service hours recorded' }) totalHours: string;
  @ApiProperty() version: number;
}

export class VolunteerPage extends PageOf(VolunteerResponse) {}

export class ServiceRecordResponse {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'date' }) servedOn: string;
  @ApiProperty({ example: '2.5' }) hours: string;
  @ApiProperty() activity: string;
}

export class ServiceRecordPage extends PageOf(ServiceRecordResponse) {}

export class CertificateResponse {
  @ApiProperty({ example: 'ZYFW-20261130-7K3M9QX2AB' }) number: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '310104********123X' }) citizenIdMasked: string;
  @ApiProperty({ example: '12.5', description: 'cumulative service hours at issue' }) hours: string;
  @ApiProperty({ description: 'service records counted' }) records: number;
  @ApiProperty({ format: 'date' }) firstServedOn: string;
  @ApiProperty({ format: 'date' }) lastServedOn: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
}
