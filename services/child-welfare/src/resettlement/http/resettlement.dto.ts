import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESETTLEMENT_TRACKS } from '../domain/resettlement-plan';

export class PlanResettlementRequest {
  @ApiProperty({ enum: RESETTLEMENT_TRACKS, isArray: true, example: ['housing', 'employment'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(RESETTLEMENT_TRACKS, { each: true })
  tracks: string[];

  @ApiProperty({ example: '公租房申请, 职业技能培训, 就业推荐' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  measures: string;
}

export class FollowUpRequest {
  @BusinessDateField('on')
  on: string;

  @ApiProperty({ example: '已入住公租房, 参加培训' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  notes: string;
}

export class CloseResettlementRequest {
  @BusinessDateField('closedOn')
  closedOn: string;

  @ApiProperty({ example: '已稳定就业并独立居住' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

class PlanFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['open', 'planned', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'planned', 'closed'])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  childId?: string;
}

export class ResettlementListQuery extends IntersectionType(PageQuery, PlanFilter) {}

class FollowUpView {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty() notes: string;
}

export class ResettlementPlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ format: 'date', description: 'the 18th birthday' }) adultOn: string;
  @ApiProperty({ enum: ['open', 'planned', 'closed'] }) status: string;
  @ApiProperty({ enum: RESETTLEMENT_TRACKS, isArray: true }) tracks: string[];
  @ApiProperty({ type: String, nullable: true }) measures: string | null;
  @ApiProperty({ type: [FollowUpView] }) followUps: FollowUpView[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty() version: number;
}

export class ResettlementPlanPage extends PageOf(ResettlementPlanResponse) {}
