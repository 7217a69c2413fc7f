import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { OPEN_STAGES } from '../domain/case-time-limits';
import { CASE_SOURCES, REFERRAL_TARGETS, RISK_LEVELS } from '../domain/protection-case';

const STAGES = [...OPEN_STAGES, 'closed'];

const LONG_TEXT = 2000;

export class ReportCaseRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the child’s record, when the child is known to child welfare' })
  @IsOptional()
  @IsUUID()
  childId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'the child director (儿童主任) of the workstation who owns the case' })
  @IsOptional()
  @IsUUID()
  directorId?: string | null;

  @ApiProperty({ enum: CASE_SOURCES, example: 'school' })
  @IsIn(CASE_SOURCES)
  source: string;

  @ApiProperty({ example: '长期缺课, 疑似无人照料' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT)
  concern: string;

  @BusinessDateField('reportedOn')
  reportedOn: string;
}

export class AssessCaseRequest {
  @BusinessDateField('assessedOn')
  assessedOn: string;

  @ApiProperty({ enum: RISK_LEVELS, example: 'high' })
  @IsIn(RISK_LEVELS)
  riskLevel: string;

  @ApiProperty({ example: '父母外出务工, 祖母卧病, 无人照料' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT)
  findings: string;
}

export class PlanCaseRequest {
  @BusinessDateField('plannedOn')
  plannedOn: string;

  @ApiProperty({ example: '落实临时监护, 申请困境儿童保障, 每月回访' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT)
  measures: string;
}

export class VisitRequest {
  @BusinessDateField('visitedOn')
  visitedOn: string;

  @ApiProperty({ example: '已入住亲属家, 按时上学' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT)
  notes: string;
}

export class ReferralRequest {
  @ApiProperty({ enum: REFERRAL_TARGETS, example: 'police' })
  @IsIn(REFERRAL_TARGETS)
  to: string;

  @ApiProperty({ example: '徐汇公安分局' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  agency: string;

  @ApiProperty({ example: '疑似遭受侵害' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @BusinessDateField('referredOn')
  referredOn: string;
}

export class AssignRequest {
  @ApiProperty({ format: 'uuid', description: 'a child director in post at the case’s workstation' })
  @IsUUID()
  directorId: string;
}

export class CloseCaseRequest {
  @BusinessDateField('closedOn')
  closedOn: string;

  @ApiProperty({ example: '监护落实, 风险解除' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CaseTimeLimitsDto {
  @ApiProperty({ example: 1, minimum: 1, maximum: 365, description: 'days from the report to the assessment' })
  @IsInt()
  @Min(1)
  @Max(365)
  reported: number;

  @ApiProperty({ example: 3, minimum: 1, maximum: 365, description: 'days from the assessment to the plan' })
  @IsInt()
  @Min(1)
  @Max(365)
  assessed: number;

  @ApiProperty({ example: 7, minimum: 1, maximum: 365, description: 'days from the plan to the first visit' })
  @IsInt()
  @Min(1)
  @Max(365)
  planned: number;

  @ApiProperty({ example: 30, minimum: 1, maximum: 365, description: 'days between follow-up visits' })
  @IsInt()
  @Min(1)
  @Max(365)
  'follow-up': number;
}

class CaseFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  workstationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  childId?: string;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES)
  stage?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: past their stage’s time limit' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
}

export class CaseListQuery extends IntersectionType(PageQuery, CaseFilterQuery) {}

class AssessmentView {
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: string;
  @ApiProperty() findings: string;
}
class PlanView {
  @ApiProperty({ format: 'date' }) plannedOn: string;
  @ApiProperty() measures: string;
}
class VisitView {
  @ApiProperty({ format: 'date' }) visitedOn: string;
  @ApiProperty() notes: string;
}
class ReferralView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REFERRAL_TARGETS }) to: string;
  @ApiProperty() agency: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date' }) referredOn: string;
}

export class ProtectionCaseResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) childId: string | null;
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) directorId: string | null;
  @ApiProperty({ enum: CASE_SOURCES }) source: string;
  @ApiProperty() concern: string;
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ format: 'date' }) stageSince: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the day the stage must be left by' }) dueOn: string | null;
  @ApiProperty({ description: 'past its stage’s time limit today' }) overdue: boolean;
  @ApiProperty({ type: AssessmentView, nullable: true }) assessment: AssessmentView | null;
  @ApiProperty({ type: PlanView, nullable: true }) plan: PlanView | null;
  @ApiProperty({ type: [VisitView] }) visits: VisitView[];
  @ApiProperty({ type: [ReferralView] }) referrals: ReferralView[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty() version: number;
}

export class ProtectionCasePage extends PageOf(ProtectionCaseResponse) {}

export class CaseStatisticsRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty({ enum: OPEN_STAGES }) stage: string;
  @ApiProperty() open: number;
  @ApiProperty() overdue: number;
}
