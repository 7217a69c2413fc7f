import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, QueryBoolean, TextField, UsccField, YuanField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { INSPECTION_RESULTS } from '../domain/annual-inspection';
import { ORGANISATION_KINDS } from '../domain/organisation-kind';

const GRADE = { example: '4A', description: '等级评估: 1A to 5A (a grade outside them is refused by the rule, 422)', maxLength: 4 };

export class RegisterOrganisationRequest {
  @UsccField('uscc', {
    example: '53310104MJ0000001F',
    description: '统一社会信用代码: a civil-affairs code (5) of the kind (1 社会团体, 2 社会服务机构, 3 基金会)',
  })
  uscc: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, description: 'social-group 社会团体 | social-service-institution 社会服务机构 | foundation 基金会' })
  @IsIn(ORGANISATION_KINDS)
  kind: (typeof ORGANISATION_KINDS)[number];

  @TextField(100, { example: '上海市徐汇区助老公益基金会' })
  name: string;

  @DivisionCodeField('domicileDivisionCode', { description: '住所: the division of the domicile' })
  domicileDivisionCode: string;

  @ApiProperty({ enum: ['city', 'district'], description: 'the registering authority (登记管理机关): city or district civil-affairs bureau' })
  @IsIn(['city', 'district'])
  authorityLevel: 'city' | 'district';

  @TextField(50, { example: '李四', description: '法定代表人' })
  legalRepresentative: string;

  @YuanField('registeredCapital', {
    optional: true,
    example: '4000000.00',
    description: '注册资金: a foundation at least 2,000,000.00, a social group at least 30,000.00; optional for a social service institution',
  })
  registeredCapital?: string;

  @BusinessDateField('registeredOn', { description: 'the day of registration (not later than today)', example: '2024-03-01' })
  registeredOn: string;
}

export class ChangeOrganisationRequest {
  @TextField(100, { example: '上海市徐汇区助老慈善基金会', optional: true })
  name?: string;

  @DivisionCodeField('domicileDivisionCode', { optional: true })
  domicileDivisionCode?: string;

  @TextField(50, { example: '王五', optional: true })
  legalRepresentative?: string;

  @BusinessDateField('changedOn', { description: '变更登记 day (not later than today)', example: '2026-05-10' })
  changedOn: string;
}

export class DeregisterOrganisationRequest {
  @TextField(500, { example: '章程规定的解散事由出现' })
  reason: string;

  @BusinessDateField('deregisteredOn', { example: '2026-09-01' })
  deregisteredOn: string;
}

export class GradeOrganisationRequest {
  @ApiProperty(GRADE)
  @IsString()
  @MaxLength(4)
  grade: string;

  @BusinessDateField('gradedOn', { example: '2026-06-30' })
  gradedOn: string;
}

export class InspectionRequest {
  @ApiProperty({ type: 'integer', example: 2025, minimum: 1949, maximum: 9999, description: 'the work year inspected (finished, since the registration)' })
  @IsInt()
  @Min(1949)
  @Max(9999)
  year: number;

  @ApiProperty({ enum: INSPECTION_RESULTS, description: 'pass 合格 | basic-pass 基本合格 | fail 不合格' })
  @IsIn(INSPECTION_RESULTS)
  result: (typeof INSPECTION_RESULTS)[number];

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, example: 12, description: 'activities the annual report shows for the year (0: none)' })
  @IsInt()
  @Min(0)
  @Max(100000)
  activityCount: number;

  @BusinessDateField('submittedOn', { description: 'the day the report was submitted; after 31 May of the next year it is late', example: '2026-04-20' })
  submittedOn: string;
}

export class ClearDormancyRequest {
  @TextField(500, { example: '补交年检报告并提供活动记录' })
  reason: string;
}

export class RecogniseCharityRequest {
  @BusinessDateField('recognisedOn', { example: '2025-01-15' })
  recognisedOn: string;
}

export class QualifyFundraisingRequest {
  @BusinessDateField('qualifiedOn', { example: '2026-03-01' })
  qualifiedOn: string;
}

class OrganisationFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ['registered', 'deregistered'] })
  @IsOptional()
  @IsIn(['registered', 'deregistered'])
  status?: string;

  @ApiPropertyOptional({ enum: ['1A', '2A', '3A', '4A', '5A'] })
  @IsOptional()
  @IsIn(['1A', '2A', '3A', '4A', '5A'])
  grade?: string;

  @QueryBoolean('only organisations flagged dormant (僵尸型), or only those not flagged')
  dormant?: boolean;

  @BusinessDateField('gradeExpiresBy', { optional: true, description: 'registered organisations whose grade expires on or before this day, soonest first' })
  gradeExpiresBy?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}

export class OrganisationListQuery extends IntersectionType(PageQuery, OrganisationFilterQuery) {}

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '53310104MJ0000001F' }) uscc: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '310104003' }) domicileDivisionCode: string;
  @ApiProperty({ enum: ['city', 'district'] }) authorityLevel: string;
  @ApiProperty() legalRepresentative: string;
  @ApiProperty({ type: String, nullable: true, example: '4000000.00' }) registeredCapital: string | null;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty({ enum: ['registered', 'deregistered'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deregisteredOn: string | null;
  @ApiProperty({ type: String, nullable: true }) deregistrationReason: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['1A', '2A', '3A', '4A', '5A'] }) grade: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) gradedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the grade holds five years' }) gradeExpiresOn: string | null;
  @ApiProperty({ description: 'flagged dormant (僵尸型) by the review' }) dormant: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dormantSince: string | null;
  @ApiProperty({ type: [Number], nullable: true, description: 'the inspection years without an inspection or activity' }) inactiveYears: number[] | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '慈善组织认定' }) charityRecognisedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '公开募捐资格' }) fundraisingQualifiedOn: string | null;
  @ApiProperty() version: number;
}

export class OrganisationPage extends PageOf(OrganisationResponse) {}

export class OrganisationHistoryResponse {
  @ApiProperty({ example: 'changed' }) change: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { changed: ['name'], on: '2026-05-10' } }) detail: unknown;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class InspectionResponse {
  @ApiProperty() year: number;
  @ApiProperty({ enum: INSPECTION_RESULTS }) result: string;
  @ApiProperty() activityCount: number;
  @ApiProperty({ format: 'date' }) submittedOn: string;
  @ApiProperty({ description: 'submitted after 31 May of the next year' }) late: boolean;
}

export class DormancyReviewResponse {
  @ApiProperty({ description: 'registered organisations not flagged before, weighed by the rule' }) reviewed: number;
  @ApiProperty({ type: [String], description: 'the organisations flagged by this run' }) flagged: string[];
}
