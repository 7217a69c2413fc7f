import { BusinessDateField, CitizenIdField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const LEVEL_DESCRIPTION = '养老护理员国家职业技能等级: 5 五级/初级工 … 1 一级/高级技师 (smaller is higher); null for none';

export class HireCareWorkerRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王芳' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: 4, minimum: 1, maximum: 5, nullable: true, type: Number, description: LEVEL_DESCRIPTION })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  skillLevel?: number | null;

  @BusinessDateField('hiredOn')
  hiredOn: string;
}

export class RecordTrainingRequest {
  @ApiProperty({ example: '失智照护专项培训' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  course: string;

  @ApiProperty({ example: '上海开放大学' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  provider: string;

  @ApiProperty({ example: 40, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  hours: number;

  @BusinessDateField('completedOn')
  completedOn: string;

  @ApiPropertyOptional({ example: 3, minimum: 1, maximum: 5, nullable: true, type: Number, description: 'the level the training certified (鉴定), if any' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  levelAttained?: number | null;
}

export class LeaveRequest {
  @BusinessDateField('leftOn')
  leftOn: string;

  @ApiProperty({ example: '合同到期' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

class CareWorkerFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: ['active', 'left'] })
  @IsOptional()
  @IsIn(['active', 'left'])
  status?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(5)
  skillLevel?: number;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class CareWorkerListQuery extends IntersectionType(PageQuery, CareWorkerFilterQuery) {}

class TrainingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() course: string;
  @ApiProperty() provider: string;
  @ApiProperty() hours: number;
  @ApiProperty({ format: 'date' }) completedOn: string;
  @ApiProperty({ type: Number, nullable: true }) levelAttained: number | null;
}

export class CareWorkerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true, description: LEVEL_DESCRIPTION }) skillLevel: number | null;
  @ApiProperty({ format: 'date' }) hiredOn: string;
  @ApiProperty({ enum: ['active', 'left'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leftOn: string | null;
  @ApiProperty({ type: String, nullable: true }) leftReason: string | null;
  @ApiProperty({ type: [TrainingView] }) trainings: TrainingView[];
  @ApiProperty() version: number;
}

export class CareWorkerPage extends PageOf(CareWorkerResponse) {}
