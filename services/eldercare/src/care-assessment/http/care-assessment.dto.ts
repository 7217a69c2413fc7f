import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_CARE_LEVEL, MIN_CARE_LEVEL } from '../domain/care-assessment';

export class AssessRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王建国' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @DivisionCodeField('divisionCode')
  divisionCode: string;

  @ApiProperty({ example: 3, minimum: MIN_CARE_LEVEL, maximum: MAX_CARE_LEVEL, description: '照护等级 0-6' })
  @IsInt()
  @Min(MIN_CARE_LEVEL)
  @Max(MAX_CARE_LEVEL)
  level: number;

  @BusinessDateField('assessedOn')
  assessedOn: string;

  @ApiProperty({ example: '徐汇区老年照护需求评估中心' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  assessor: string;
}

export class CareLevelPolicyRequest {
  @ApiProperty({ example: [2, 3, 4, 5, 6], description: 'the care levels that qualify for subsidised care', type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(MIN_CARE_LEVEL, { each: true })
  @Max(MAX_CARE_LEVEL, { each: true })
  qualifyingLevels: number[];
}

export class CareLevelPolicyResponse {
  @ApiProperty({ example: [2, 3, 4, 5, 6], type: [Number] }) qualifyingLevels: number[];
}

class AssessmentFilterQuery extends DivisionFilterQuery {
  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;

  @ApiPropertyOptional({ minimum: MIN_CARE_LEVEL, maximum: MAX_CARE_LEVEL })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(MIN_CARE_LEVEL)
  @Max(MAX_CARE_LEVEL)
  level?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the assessment in force for each elder' })
  @IsOptional()
  @IsIn(['true', 'false'])
  current?: string;
}

export class AssessmentListQuery extends IntersectionType(PageQuery, AssessmentFilterQuery) {}

export class CareAssessmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ minimum: 0, maximum: 6 }) level: number;
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty() assessor: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the assessment this one replaced' }) replacesId: string | null;
  @ApiProperty({ description: 'the assessment in force for the elder' }) current: boolean;
  @ApiProperty() qualifiesForSubsidisedCare: boolean;
}

export class CareAssessmentPage extends PageOf(CareAssessmentResponse) {}
