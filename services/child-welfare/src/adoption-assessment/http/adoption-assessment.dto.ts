import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class AdopterRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王伟' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;
}

export class ApplyAssessmentRequest {
  @ApiProperty({ type: [AdopterRequest], description: 'one adopter, or a couple of two (30 and over)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => AdopterRequest)
  adopters: AdopterRequest[];

  @DivisionCodeField('divisionCode')
  divisionCode: string;

  @BusinessDateField('appliedOn')
  appliedOn: string;
}

export class HomeStudyRequest {
  @BusinessDateField('visitedOn')
  visitedOn: string;

  @ApiProperty({ example: '徐汇区收养评估小组' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  assessor: string;

  @ApiProperty({ example: '住房宽敞, 收入稳定, 夫妻关系和睦' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings: string;
}

export class CompleteAssessmentRequest {
  @ApiProperty({ enum: ['positive', 'negative'], example: 'positive' })
  @IsIn(['positive', 'negative'])
  result: string;

  @ApiProperty({ type: [String], example: ['具备抚养、教育和保护被收养人的能力'], description: 'the reasons of the result: at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  reasons: string[];

  @BusinessDateField('completedOn')
  completedOn: string;

  @ApiPropertyOptional({ example: 12, minimum: 1, maximum: 36, description: 'how long a positive result stands (default 12 months)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  validMonths?: number;
}

class AssessmentFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['applied', 'home-studied', 'completed'] })
  @IsOptional()
  @IsIn(['applied', 'home-studied', 'completed'])
  status?: string;

  @CitizenIdField('adopterCitizenId', { optional: true })
  adopterCitizenId?: string;
}

export class AssessmentListQuery extends IntersectionType(PageQuery, AssessmentFilter) {}

class AdopterView {
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
}

class HomeStudyView {
  @ApiProperty({ format: 'date' }) visitedOn: string;
  @ApiProperty() assessor: string;
  @ApiProperty() findings: string;
}

export class AdoptionAssessmentResponse {
  @ApiProperty({ format: 'uuid', description: 'the assessmentId registration asks for' }) id: string;
  @ApiProperty({ type: [AdopterView] }) adopters: AdopterView[];
  @ApiProperty() divisionCode: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ enum: ['applied', 'home-studied', 'completed'] }) status: string;
  @ApiProperty({ type: HomeStudyView, nullable: true }) homeStudy: HomeStudyView | null;
  @ApiProperty({ type: String, nullable: true, enum: ['positive', 'negative'] }) result: string | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the last day a positive result stands' }) validUntil: string | null;
  @ApiProperty() version: number;
}

export class AdoptionAssessmentPage extends PageOf(AdoptionAssessmentResponse) {}
