import { CitizenIdField, DATE, DateRangeQuery, DIVISION, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RESCUE_STATUS_LABELS } from '../domain/rescue-case';

const STATUSES = ['intake', 'sheltered', 'identity-search', 'identified', 'reunited', 'placed', 'closed'];
const OUTCOMES = ['reunited', 'placed', 'left-voluntarily', 'died', 'transferred'];

class OptionalDate {
  @ApiPropertyOptional({ format: 'date', description: 'defaults to today' })
  @IsOptional()
  @Matches(DATE, { message: 'on must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'on must be a calendar date' })
  on?: string;
}

export class IntakeRequest {
  @ApiProperty({ example: '310101002', description: 'where the person was found' })
  @Matches(DIVISION, { message: 'foundDivisionCode must be a 6, 9 or 12 digit division code' })
  foundDivisionCode: string;

  @ApiProperty({ format: 'date', example: '2026-01-15' })
  @Matches(DATE, { message: 'foundOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'foundOn must be a calendar date' })
  foundOn: string;

  @ApiProperty({ example: '人民广场地铁站' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  foundPlace: string;

  @ApiProperty({ example: '男性，约60岁，言语不清' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  description: string;

  @ApiPropertyOptional({ example: '自称老王' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  personName?: string;

  @ApiPropertyOptional({ enum: ['male', 'female', 'unknown'] })
  @IsOptional()
  @IsIn(['male', 'female', 'unknown'])
  sex?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  estimatedAge?: number;
}

export class ShelterRequest extends OptionalDate {
  @ApiProperty({ example: '市救助管理站' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  shelter: string;
}

export class SearchRequest extends OptionalDate {
  @ApiProperty({ example: '人脸识别比对', description: 'face recognition, DNA, media appeal, police data ...' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  method: string;

  @ApiProperty({ example: '疑似安徽籍，待核实' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  result: string;
}

export class IdentifyRequest {
  @CitizenIdField('citizenId', { example: '340104195801011239' })
  citizenId: string;

  @ApiProperty({ example: '王某某' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  personName: string;
}

export class ResolveRequest extends OptionalDate {
  @ApiProperty({ example: '由其子接回安徽合肥' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  detail: string;
}

class OutcomeDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES)
  kind: 'reunited' | 'placed' | 'left-voluntarily' | 'died' | 'transferred';

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  detail: string;
}

export class CloseRequest extends OptionalDate {
  @ApiPropertyOptional({ type: OutcomeDto, description: 'required unless the case was reunited or placed' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeDto)
  outcome?: OutcomeDto;
}

class RescueFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: RESCUE_STATUS_LABELS })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;
}

export class RescueListQuery extends IntersectionType(PageQuery, RescueFilter, DateRangeQuery) {}

export class RescueCaseResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STATUSES, description: RESCUE_STATUS_LABELS }) status: string;
  @ApiProperty() foundDivisionCode: string;
  @ApiProperty({ format: 'date' }) foundOn: string;
  @ApiProperty() foundPlace: string;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ type: String, nullable: true }) personName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'masked unless permitted' }) citizenId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) shelter: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) shelteredOn: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'identity-search attempts (寻亲)' })
  identitySearch: object[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) outcome: object | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedOn: string | null;
  @ApiProperty() version: number;
}

export class RescueCasePage extends PageOf(RescueCaseResponse) {}
