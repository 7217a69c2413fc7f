import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { INSPECTION_KINDS } from '../domain/inspection';

const KIND_DESCRIPTION = 'filing 登记备案 | fire-safety 消防安全 | food-safety 食品安全 | finance 资金使用 | operations 运营秩序 | care-quality 服务质量';

export class FindingRequest {
  @ApiProperty({ example: '消防通道堆放杂物' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;

  @BusinessDateField('rectifyBy')
  rectifyBy: string;
}

export class RecordInspectionRequest {
  @ApiProperty({ enum: INSPECTION_KINDS, example: 'fire-safety', description: KIND_DESCRIPTION })
  @IsIn(INSPECTION_KINDS)
  kind: string;

  @BusinessDateField('inspectedOn')
  inspectedOn: string;

  @ApiProperty({ example: '徐汇区民政局养老服务科' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  inspector: string;

  @ApiProperty({ type: [FindingRequest], description: 'the problems found, each with its rectification deadline (责令整改); none when the inspection passed' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingRequest)
  findings: FindingRequest[];
}

export class RectifyRequest {
  @BusinessDateField('rectifiedOn')
  rectifiedOn: string;

  @ApiProperty({ example: '杂物已清理, 复查合格' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
}

class InspectionFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: INSPECTION_KINDS })
  @IsOptional()
  @IsIn(INSPECTION_KINDS)
  kind?: string;
}

export class InspectionListQuery extends IntersectionType(PageQuery, InspectionFilterQuery) {}
export class OverdueListQuery extends IntersectionType(PageQuery, DivisionFilterQuery) {}

class FindingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) rectifyBy: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) rectifiedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) rectificationNote: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the day it was found overdue and the credit score lowered' }) overdueOn:
    string | null;
}

export class InspectionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) inspectedOn: string;
  @ApiProperty() inspector: string;
  @ApiProperty({ enum: ['passed', 'open', 'rectified'] }) outcome: string;
  @ApiProperty({ type: [FindingView] }) findings: FindingView[];
  @ApiProperty() version: number;
}

export class InspectionPage extends PageOf(InspectionResponse) {}

export class OverdueRectificationResponse {
  @ApiProperty({ format: 'uuid' }) inspectionId: string;
  @ApiProperty({ format: 'uuid' }) findingId: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() districtCode: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) inspectedOn: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) rectifyBy: string;
  @ApiProperty({ example: 12 }) daysOverdue: number;
}

export class OverdueRectificationPage extends PageOf(OverdueRectificationResponse) {}
