import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { STAFF_ROLES } from '../domain/workstation';

export class EstablishWorkstationRequest {
  @DivisionCodeField('divisionCode', { description: 'the sub-district (街道/乡镇) it serves', example: '310104003' })
  divisionCode: string;

  @ApiProperty({ example: '天平路街道未成年人保护工作站' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @BusinessDateField('establishedOn')
  establishedOn: string;
}

export class AppointStaffRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王老师' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'director', description: 'supervisor 儿童督导员 | director 儿童主任' })
  @IsIn(STAFF_ROLES)
  role: (typeof STAFF_ROLES)[number];

  @ApiProperty({ example: '021-64000000' })
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone must be 5-20 digits' })
  phone: string;

  @BusinessDateField('appointedOn')
  appointedOn: string;
}

export class ReleaseStaffRequest {
  @BusinessDateField('leftOn')
  leftOn: string;
}

export class WorkstationListQuery extends IntersectionType(PageQuery, DivisionFilterQuery) {}

class StaffResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: string;
  @ApiProperty() phone: string;
  @ApiProperty({ format: 'date' }) appointedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn: string | null;
}

export class WorkstationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104003' }) divisionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) establishedOn: string;
  @ApiProperty({ type: [StaffResponse] }) staff: StaffResponse[];
  @ApiProperty() version: number;
}

export class WorkstationPage extends PageOf(WorkstationResponse) {}

export class CoverageRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ description: 'sub-districts (街道/乡镇) in force' }) subDistricts: number;
  @ApiProperty({ description: 'of them with a workstation' }) withWorkstation: number;
  @ApiProperty({ example: 92.3 }) coveragePercent: number;
  @ApiProperty({ description: 'child directors in post' }) directors: number;
  @ApiProperty({ example: 2.5 }) directorsPerWorkstation: number;
}
