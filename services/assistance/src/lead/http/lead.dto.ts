import { PROGRAMME_CODES } from '@civic/contracts';
import { DateRangeQuery, DivisionFilterQuery, IsScalar, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PROGRAMME_LABELS } from '../../benefit/http/benefit.dto';
import { LEAD_STATUS_LABELS } from '../domain/lead';

const STATUSES = ['open', 'assigned', 'following', 'converted', 'dismissed'];

class LeadFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: LEAD_STATUS_LABELS })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'visit', description: 'visit 上门走访 | re-verification 重新核对' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assignee?: string;
}

export class LeadListQuery extends IntersectionType(PageQuery, LeadFilter, DateRangeQuery) {}

export class AssignLeadRequest {
  @ApiProperty({ example: 'adviser-zhang', description: '救助顾问' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee: string;
}

export class FollowUpRequest {
  @ApiProperty({ example: '已上门走访，老人独居，子女在外地', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;
}

export class ConvertLeadRequest {
  @ApiProperty({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS })
  @IsString()
  programme: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'needed when the person was in no registered household' })
  @IsOptional()
  @IsUUID()
  householdId?: string;
}

export class DismissLeadRequest {
  @ApiProperty({ example: '经走访不符合救助条件', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class LeadNoteResponse {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() text: string;
}

export class LeadResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'living-alone-elder' }) ruleCode: string;
  @ApiProperty({ example: 'visit' }) kind: string;
  @ApiProperty({ example: 'community.person-tag.tagged.v1' }) sourceEventType: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'masked unless the caller holds assistance:personal-data.read' }) citizenId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) personName: string | null;
  @ApiProperty() divisionCode: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) householdId: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: STATUSES, description: LEAD_STATUS_LABELS }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) assignee: string | null;
  @ApiProperty({ type: [LeadNoteResponse] }) notes: LeadNoteResponse[];
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dismissReason: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() version: number;
}

export class LeadPage extends PageOf(LeadResponse) {}

export class FieldConditionDto {
  @ApiProperty({ example: 'tag' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9.]{0,99}$/, { message: 'path must be a dotted field path' })
  path: string;

  @ApiProperty({
    example: ['living-alone-elder'],
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'the values the field may have (strings, numbers or booleans)',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsScalar({ each: true })
  in: (string | number | boolean)[];
}

export class LeadRuleRequest {
  @ApiProperty({ example: 'funeral.death-record.registered.v1', description: 'an event type this service consumes' })
  @IsString()
  eventType: string;

  @ApiProperty({ type: [FieldConditionDto], description: 'all must hold on the event data' })
  @ValidateNested({ each: true })
  @Type(() => FieldConditionDto)
  @ArrayMaxSize(20)
  conditions: FieldConditionDto[];

  @ApiProperty({ enum: ['required', 'absent', 'any'], description: 'the person must (required) or must not (absent) already be in a registered household' })
  @IsIn(['required', 'absent', 'any'])
  householdMatch: 'required' | 'absent' | 'any';

  @ApiProperty({ example: 'visit' })
  @IsString()
  @Matches(/^[a-z-]{2,30}$/, { message: 'leadKind must be 2-30 of a-z and -' })
  leadKind: string;

  @ApiProperty({ example: '独居老人：救助顾问上门走访' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  summary: string;

  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class LeadRuleResponse extends LeadRuleRequest {
  @ApiProperty({ example: 'living-alone-elder' }) code: string;
}
