import { BusinessDateField, DivisionCodeField, TextField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_TIME_LIMIT_WORKING_DAYS, SERVICE_ITEM_CODE } from '../domain/service-item';

export class ServiceItemTermsRequest {
  @TextField(100, { example: '居住证办理' })
  name: string;

  @TextField(500, { example: '《居住证暂行条例》第九条', description: '设定依据: the law or regulation the item rests on' })
  legalBasis: string;

  @TextField(100, { example: '市公安局', description: '主管部门: the owning department' })
  department: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_TIME_LIMIT_WORKING_DAYS, example: 5, description: '承诺时限 in working days from acceptance' })
  @IsInt()
  @Min(1)
  @Max(MAX_TIME_LIMIT_WORKING_DAYS)
  timeLimitDays: number;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 30, example: ['居民身份证', '合法稳定住所证明'], description: '申请材料, distinct' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  materials: string[];
}

export class AdmitServiceItemRequest extends ServiceItemTermsRequest {
  @ApiProperty({ example: 'SQ-0101', pattern: SERVICE_ITEM_CODE.source, maxLength: 20, description: 'the code in the catalogue (never reused)' })
  @Matches(SERVICE_ITEM_CODE, { message: 'code must be upper-case letters, digits and hyphens, 2-20 long (e.g. SQ-0101)' })
  code: string;

  @TextField(50, { example: '沪民基〔2026〕1号', description: '准入: the admitting decision' })
  decisionNo: string;

  @BusinessDateField('admittedOn', { description: 'the day of the admitting decision (not later than today)', example: '2026-01-10' })
  admittedOn: string;
}

export class AdmitForCommitteesRequest {
  @TextField(50, { example: '沪民基〔2026〕7号', description: '居村协助事项准入: the decision letting committees take part' })
  decisionNo: string;

  @BusinessDateField('admittedOn', { description: 'the day of the decision (not later than today)', example: '2026-03-01' })
  admittedOn: string;
}

export class PushDownRequest {
  @DivisionCodeField('divisionCode', { description: 'the committees that take the item on: all of a district or sub-district, or one committee' })
  divisionCode: string;

  @BusinessDateField('pushedOn', { example: '2026-03-02' })
  pushedOn: string;
}

export class WithdrawServiceItemRequest {
  @TextField(500, { example: '并入“一网通办”全程网办' })
  reason: string;

  @BusinessDateField('withdrawnOn', { description: 'not later than today', example: '2026-06-30' })
  withdrawnOn: string;
}

export class ServiceItemListQuery {
  @ApiPropertyOptional({ enum: ['admitted', 'withdrawn'] })
  @IsOptional()
  @IsIn(['admitted', 'withdrawn'])
  status?: string;

  @ApiPropertyOptional({ example: '市公安局', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;
}

class Decision {
  @ApiProperty({ example: '沪民基〔2026〕1号' }) decisionNo: string;
  @ApiProperty({ format: 'date' }) on: string;
}

class Withdrawal {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty() reason: string;
}

export class ServiceItemResponse {
  @ApiProperty({ example: 'SQ-0101' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty() department: string;
  @ApiProperty({ type: 'integer', description: 'working days' }) timeLimitDays: number;
  @ApiProperty({ type: [String] }) materials: string[];
  @ApiProperty({ enum: ['admitted', 'withdrawn'] }) status: string;
  @ApiProperty({ type: Decision, description: '准入' }) admission: Decision;
  @ApiProperty({ type: Decision, nullable: true, description: '居村协助事项准入; without it the item is not pushed down to committees' })
  committeeAdmission: Decision | null;
  @ApiProperty({ type: Withdrawal, nullable: true }) withdrawal: Withdrawal | null;
  @ApiProperty() version: number;
}

class ItemTerms {
  @ApiProperty() name: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty() department: string;
  @ApiProperty({ type: 'integer' }) timeLimitDays: number;
  @ApiProperty({ type: [String] }) materials: string[];
}

export class ServiceItemHistoryResponse {
  @ApiProperty({ enum: ['admitted', 'changed', 'admitted-for-committees', 'pushed-down', 'withdrawn'] }) change: string;
  @ApiProperty({ type: ItemTerms, description: 'the terms after the change' }) terms: ItemTerms;
  @ApiProperty({ type: String, nullable: true, description: 'the decision, division or reason, with its day' }) detail: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class PushDownResponse {
  @ApiProperty({ example: '310104003' }) divisionCode: string;
  @ApiProperty({ format: 'date' }) pushedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the item’s withdrawal ended it' }) endedOn: string | null;
}
