import { PROGRAMME_CODES } from '@civic/contracts';
import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { HOME_ADAPTATION_STATUSES } from '../domain/home-adaptation';

export class ApplyHomeAdaptationRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '李秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @DivisionCodeField('divisionCode')
  divisionCode: string;

  @ApiProperty({ example: '徐汇区漕溪路 200 弄 3 号 502 室' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @BusinessDateField('appliedOn')
  appliedOn: string;
}

export class AdaptationItemRequest {
  @ApiProperty({ example: '卫生间扶手' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  item: string;

  @ApiProperty({ example: '800.00', description: 'estimated cost in yuan' })
  @Matches(YUAN, { message: YUAN_MESSAGE('cost') })
  cost: string;
}

export class AssessHomeAdaptationRequest {
  @BusinessDateField('assessedOn')
  assessedOn: string;

  @ApiProperty({ example: '徐汇区适老化改造评估组' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  assessor: string;

  @ApiProperty({ type: [AdaptationItemRequest], description: 'the works planned, 1-30 items' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AdaptationItemRequest)
  items: AdaptationItemRequest[];

  @ApiPropertyOptional({
    example: '1500.00',
    description: 'the subsidy approved; by default the most the policy allows (its share of the cost, within what is left of the elder’s limit)',
  })
  @IsOptional()
  @Matches(YUAN, { message: YUAN_MESSAGE('subsidy') })
  subsidy?: string;
}

export class StartWorksRequest {
  @ApiProperty({ example: '上海安居适老工程有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  contractor: string;

  @BusinessDateField('startedOn')
  startedOn: string;
}

export class AcceptWorksRequest {
  @BusinessDateField('acceptedOn')
  acceptedOn: string;

  @ApiProperty({ example: '2800.00', description: 'the works’ actual cost in yuan' })
  @Matches(YUAN, { message: YUAN_MESSAGE('actualCost') })
  actualCost: string;
}

export class CloseHomeAdaptationRequest {
  @ApiProperty({ example: '申请人撤回' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ProgrammeShare {
  @ApiProperty({ enum: PROGRAMME_CODES, example: 'tekun' })
  @IsIn(PROGRAMME_CODES)
  programme: string;

  @ApiProperty({ example: 100, minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;
}

export class HomeAdaptationPolicyRequest {
  @ApiProperty({ example: '3000.00', description: 'the most one elder is paid over all their adaptations' })
  @Matches(YUAN, { message: YUAN_MESSAGE('perElderLimit') })
  perElderLimit: string;

  @ApiProperty({ example: 50, minimum: 0, maximum: 100, description: 'the share of the cost paid for an elder in no listed programme' })
  @IsInt()
  @Min(0)
  @Max(100)
  defaultSharePercent: number;

  @ApiProperty({ type: [ProgrammeShare], description: 'the share for elders in an assistance programme; each programme at most once' })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => ProgrammeShare)
  shareByProgramme: ProgrammeShare[];
}

export class HomeAdaptationPolicyResponse {
  @ApiProperty({ example: '3000.00' }) perElderLimit: string;
  @ApiProperty({ example: 50 }) defaultSharePercent: number;
  @ApiProperty({ type: [ProgrammeShare] }) shareByProgramme: ProgrammeShare[];
}

class HomeAdaptationFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: HOME_ADAPTATION_STATUSES })
  @IsOptional()
  @IsIn(HOME_ADAPTATION_STATUSES)
  status?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class HomeAdaptationListQuery extends IntersectionType(PageQuery, HomeAdaptationFilter) {}

class AdaptationItemView {
  @ApiProperty() item: string;
  @ApiProperty({ example: '800.00' }) cost: string;
}

class AdaptationAssessmentView {
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty() assessor: string;
  @ApiProperty({ type: [AdaptationItemView] }) items: AdaptationItemView[];
  @ApiProperty({ example: '3200.00' }) estimatedCost: string;
  @ApiProperty({ example: 100, description: 'the share of the cost the subsidy pays for this elder' }) sharePercent: number;
  @ApiProperty({ example: '3000.00' }) approvedSubsidy: string;
}

class AdaptationWorksView {
  @ApiProperty() contractor: string;
  @ApiProperty({ format: 'date' }) startedOn: string;
}

class AdaptationAcceptanceView {
  @ApiProperty({ format: 'date' }) acceptedOn: string;
  @ApiProperty({ example: '2800.00' }) actualCost: string;
  @ApiProperty({ example: '2800.00', description: 'the share of the actual cost, never above the approved subsidy' }) grantedSubsidy: string;
}

export class HomeAdaptationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ enum: HOME_ADAPTATION_STATUSES }) status: string;
  @ApiProperty({ type: AdaptationAssessmentView, nullable: true }) assessment: AdaptationAssessmentView | null;
  @ApiProperty({ type: AdaptationWorksView, nullable: true }) works: AdaptationWorksView | null;
  @ApiProperty({ type: AdaptationAcceptanceView, nullable: true }) acceptance: AdaptationAcceptanceView | null;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty() version: number;
}

export class HomeAdaptationPage extends PageOf(HomeAdaptationResponse) {}
