import { APPLICATION_STATUSES, PROGRAMME_CODES } from '@civic/contracts';
import { CitizenIdField, DATE, DateRangeQuery, DIVISION, DivisionFilterQuery, PageOf, PageQuery, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PROGRAMME_LABELS } from '../../benefit/http/benefit.dto';
import { STATUS_LABELS } from '../domain/application-status';

export class SubmitApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  householdId: string;

  @ApiProperty({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS, example: 'dibao' })
  @IsString()
  programme: string;

  @ApiPropertyOptional({ example: '3000.00', description: 'for one-off temporary assistance (临时救助): the amount asked for' })
  @IsOptional()
  @Matches(YUAN, { message: YUAN_MESSAGE('requestedAmount') })
  requestedAmount?: string;
}

export class VerifiedMember {
  @CitizenIdField()
  citizenId: string;

  @ApiProperty({ example: '600.00' })
  @Matches(YUAN, { message: YUAN_MESSAGE('monthlyIncome') })
  monthlyIncome: string;

  @ApiProperty({ example: '3000.00' })
  @Matches(YUAN, { message: YUAN_MESSAGE('assets') })
  assets: string;
}

export class LegalSupporterRequest {
  @ApiProperty({ example: '王小明', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ enum: ['spouse', 'parent', 'child'], description: 'spouse 配偶 | parent 父母 | child 子女 (法定赡养、抚养、扶养义务人)' })
  @IsIn(['spouse', 'parent', 'child'])
  relation: 'spouse' | 'parent' | 'child';

  @ApiProperty({ description: '有赡养、抚养、扶养能力: as the verification found it' })
  @IsBoolean()
  ableToSupport: boolean;
}

export class VerificationRequest {
  @ApiProperty({ type: [VerifiedMember], description: 'verified figures per member (经济状况核对); members not listed keep their declared figures' })
  @ValidateNested({ each: true })
  @Type(() => VerifiedMember)
  @ArrayMaxSize(20)
  members: VerifiedMember[];

  @ApiPropertyOptional({ example: '0.00', description: '刚性支出: essential medical and education spending per month' })
  @IsOptional()
  @Matches(YUAN, { message: YUAN_MESSAGE('monthlyEssentialSpending') })
  monthlyEssentialSpending?: string;

  @ApiPropertyOptional({
    type: [LegalSupporterRequest],
    description:
      '法定赡养、抚养、扶养义务人 outside the household and whether each can support; an empty list says there are none. 特困 is granted only when this was recorded and none is able to support.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LegalSupporterRequest)
  @ArrayMaxSize(20)
  legalSupporters?: LegalSupporterRequest[];

  @ApiPropertyOptional({ example: '核对平台比对无异常', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class CommunityReviewRequest {
  @ApiProperty({ enum: ['grant', 'reject'], description: 'grant 建议批准 | reject 建议不予批准' })
  @IsIn(['grant', 'reject'])
  recommendation: 'grant' | 'reject';

  @ApiProperty({ example: '入户调查属实，民主评议通过', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  opinion: string;
}

export class ObjectionRequest {
  @ApiProperty({ example: '居民 (anonymous)', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  raisedBy: string;

  @ApiProperty({ example: '申请人有车辆未申报', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  grounds: string;
}

export class ResolutionRequest {
  @ApiProperty({ description: 'true: the objection/appeal is founded' })
  @IsBoolean()
  upheld: boolean;

  @ApiProperty({ example: '经核实车辆已于2025年过户', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution: string;
}

export class DecisionRequest {
  @ApiProperty({ enum: ['granted', 'rejected'], description: 'granted 批准 | rejected 不予批准' })
  @IsIn(['granted', 'rejected'])
  outcome: 'granted' | 'rejected';

  @ApiProperty({ example: '符合低保条件', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-01', description: 'first month paid (first day of a month); defaults to next month' })
  @IsOptional()
  @Matches(DATE, { message: 'startsOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startsOn must be a calendar date' })
  startsOn?: string;

  @ApiPropertyOptional({ example: '3000.00', description: 'one-off payments: the amount decided' })
  @IsOptional()
  @Matches(YUAN, { message: YUAN_MESSAGE('amount') })
  amount?: string;
}

export class EmergencyGrantRequest {
  @ApiProperty({
    example: '住房失火, 生活无着, 先行救助',
    maxLength: 1000,
    description: 'why waiting for verification and the notice would leave the household in danger',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiProperty({ example: '3000.00', description: 'the amount granted now (within the programme limit), paid from this month' })
  @Matches(YUAN, { message: YUAN_MESSAGE('amount') })
  amount: string;
}

export class PostReviewRequest {
  @ApiProperty({
    enum: ['confirmed', 'revoked'],
    description: 'confirmed 补审通过 | revoked 撤销: the benefit ends from its start and what was paid is recovered',
  })
  @IsIn(['confirmed', 'revoked'])
  outcome: 'confirmed' | 'revoked';

  @ApiProperty({ example: '补充核对, 情况属实', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class WithdrawRequest {
  @ApiProperty({ example: '申请人主动撤回', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

class ApplicationFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: STATUS_LABELS })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS })
  @IsOptional()
  @IsIn(PROGRAMME_CODES)
  programme?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  householdId?: string;
}

export class ApplicationListQuery extends IntersectionType(PageQuery, ApplicationFilter, DateRangeQuery) {}

export class OverdueQuery extends PageQuery {
  @ApiPropertyOptional({ example: '310104' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_CODES })
  @IsOptional()
  @IsIn(PROGRAMME_CODES)
  programme?: string;
}

export class ApplicationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS }) programme: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, description: STATUS_LABELS }) status: string;
  @ApiProperty({ description: 'the system it came from (一网通办, 社区事务受理中心 ...)' }) channel: string;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ format: 'date' }) stageEnteredOn: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'time limit of the current stage' }) stageDueOn: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'public notice (公示) runs until' }) noticeEndsOn: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) benefitId: string | null;
  @ApiProperty() version: number;
}

export class ApplicationResponse extends ApplicationSummary {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: '经济状况核对 result' }) verification: object | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) communityReview: object | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) noticeStartsOn: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'outcome, reason, who and when; an emergency grant (先行救助) has `emergency` with `reviewDueOn` and its `review` once done',
  })
  decision: object | null;
}

export class TransitionEntry {
  @ApiPropertyOptional({ type: String, nullable: true }) from: string | null;
  @ApiProperty() to: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() at: string;
  @ApiProperty() actor: string;
  @ApiProperty({ description: 'calling system' }) system: string;
  @ApiPropertyOptional({ type: String, nullable: true }) requestId: string | null;
}

export class ObjectionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['objection', 'appeal'], description: 'objection 公示异议 | appeal 复核' }) kind: string;
  @ApiProperty({ enum: ['open', 'upheld', 'dismissed'] }) status: string;
  @ApiProperty() raisedBy: string;
  @ApiProperty() grounds: string;
  @ApiPropertyOptional({ type: String, nullable: true }) resolution: string | null;
}

export class ApplicationDetails extends ApplicationResponse {
  @ApiProperty({ type: [TransitionEntry] }) transitions: TransitionEntry[];
  @ApiProperty({ type: [ObjectionResponse] }) objections: ObjectionResponse[];
}

export class ApplicationPage extends PageOf(ApplicationSummary) {}
