import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, UsccField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import { FACILITY_KINDS, MAX_STARS } from '../domain/facility-rules';

const KIND_DOC =
  '养老机构 institution, 综合为老服务中心 community-centre, 日间照料中心 day-care, 助餐场所 meal-site, 家门口服务站 doorstep-station, 乡村长者照护之家 rural-elder-home';

export class FileFacilityRequest {
  @ApiProperty({ example: '徐汇区第一养老院' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: FACILITY_KINDS, example: 'institution', description: KIND_DOC })
  @IsIn(FACILITY_KINDS)
  kind: string;

  @DivisionCodeField('divisionCode')
  divisionCode: string;

  @ApiProperty({ example: '天平路100号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '徐汇颐养服务中心', description: 'the operator (运营方)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  operatorName: string;

  @UsccField('operatorUscc')
  operatorUscc: string;

  @ApiProperty({ example: 120, minimum: 0, maximum: 10000, description: 'licensed places: beds, or seats of a day-care centre or meal site' })
  @IsInt()
  @Min(0)
  @Max(10000)
  licensedCapacity: number;

  @BusinessDateField('filedOn')
  filedOn: string;
}

export class GradeFacilityRequest {
  @ApiProperty({ example: 4, minimum: 1, maximum: MAX_STARS, description: '等级评定: stars, valid three years' })
  @IsInt()
  @Min(1)
  @Max(MAX_STARS)
  stars: number;

  @BusinessDateField('gradedOn')
  gradedOn: string;
}

export class ReviseCapacityRequest {
  @ApiProperty({ example: 150, minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  licensedCapacity: number;
}

export class MoveCreditRequest {
  @ApiProperty({ example: -10, minimum: -100, maximum: 100, description: 'points, not 0; the score stays within 0-100' })
  @IsInt()
  @Min(-100)
  @Max(100)
  delta: number;

  @ApiProperty({ example: '食品安全检查: 留样记录缺失' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class RevokeFilingRequest {
  @ApiProperty({ example: '停业注销' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  @BusinessDateField('revokedOn')
  revokedOn: string;
}

class FacilityFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: FACILITY_KINDS })
  @IsOptional()
  @IsIn(FACILITY_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ['filed', 'revoked'] })
  @IsOptional()
  @IsIn(['filed', 'revoked'])
  filingStatus?: string;
}

export class FacilityListQuery extends IntersectionType(PageQuery, FacilityFilter) {}

export class GradeResponse {
  @ApiProperty({ example: 4 }) stars: number;
  @ApiProperty({ format: 'date' }) gradedOn: string;
  @ApiProperty({ format: 'date' }) validUntil: string;
}

export class FacilityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FACILITY_KINDS }) kind: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() address: string;
  @ApiProperty() operatorName: string;
  @ApiProperty() operatorUscc: string;
  @ApiProperty() licensedCapacity: number;
  @ApiProperty({ enum: ['filed', 'revoked'] }) filingStatus: string;
  @ApiProperty({ format: 'date' }) filedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) revokedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedReason: string | null;
  @ApiProperty({ type: GradeResponse, nullable: true, description: 'the grade in force today; null when none or expired' }) grade: GradeResponse | null;
  @ApiProperty({ type: GradeResponse, nullable: true, description: 'the latest grade given, in force or not' }) lastGrade: GradeResponse | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) creditScore: number;
  @ApiProperty() version: number;
}

export class FacilityPage extends PageOf(FacilityResponse) {}

export class CreditMoveResponse {
  @ApiProperty() delta: number;
  @ApiProperty() score: number;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date' }) movedOn: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class CreditMovePage extends PageOf(CreditMoveResponse) {}
