import { DATE, DIVISION, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ACTION_KINDS, ACTION_LABELS, AGENCY_STATUS_LABELS } from '../domain/agency-rules';

const STATUSES = ['active', 'suspended', 'revoked'];

export class RegisterAgencyRequest {
  @ApiProperty({ example: '91310104MA1FL0XX08', description: '统一社会信用代码 (GB 32100)' })
  @IsString()
  uscc: string;

  @ApiProperty({ example: '某某婚姻介绍所' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '310104003' })
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode: string;
}

export class ComplaintRequest {
  @ApiProperty({ example: '市民 (12345 热线)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  complainant: string;

  @ApiProperty({ example: '虚假宣传、收费不明' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary: string;
}

export class ComplaintResolutionRequest {
  @ApiProperty()
  @IsBoolean()
  upheld: boolean;

  @ApiProperty({ example: '经查属实，责令退费' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution: string;
}

export class ActionRequest {
  @ApiProperty({ enum: ACTION_KINDS, description: ACTION_LABELS })
  @IsIn(ACTION_KINDS)
  kind: (typeof ACTION_KINDS)[number];

  @ApiProperty({ format: 'date', example: '2027-03-01' })
  @Matches(DATE, { message: 'takenOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'takenOn must be a calendar date' })
  takenOn: string;

  @ApiProperty({ example: '未公示收费标准' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  findings: string;

  @ApiPropertyOptional({ format: 'date', description: 'deadline of a rectification notice' })
  @IsOptional()
  @Matches(DATE, { message: 'rectifyBy must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'rectifyBy must be a calendar date' })
  rectifyBy?: string;

  @ApiPropertyOptional({ type: [String], example: ['市场监管局', '公安分局'], description: 'departments of a joint enforcement (联合执法)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  partners?: string[];
}

export class StatusRequest {
  @ApiProperty({ enum: STATUSES, description: AGENCY_STATUS_LABELS })
  @IsIn(STATUSES)
  status: 'active' | 'suspended' | 'revoked';

  @ApiProperty({ example: '整改期间暂停业务' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AgencyListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: '310104', description: 'district' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class AgencyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() uscc: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: STATUSES, description: AGENCY_STATUS_LABELS }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) statusReason: string | null;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'complaints (投诉) with their resolution' })
  complaints: object[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'inspections, rectification notices and joint-enforcement actions',
  })
  actions: object[];
}

export class AgencyPage extends PageOf(AgencyResponse) {}
