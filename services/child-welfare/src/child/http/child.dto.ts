import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CLOSE_REASONS } from '../domain/child';
import { CHILD_CATEGORIES, GUARDIAN_RELATIONS, IN_DIFFICULTY_KINDS } from '../domain/child-rules';

const CATEGORY_DESCRIPTION = 'orphan 孤儿 | de-facto-unattended 事实无人抚养 | in-difficulty 困境儿童 | left-behind 留守儿童 (under 16) | autism 孤独症儿童';
const SUB_KIND_DESCRIPTION = 'for in-difficulty only: poverty 家庭经济困难 | disability 残疾 | serious-illness 重病 | guardianship-deficit 监护缺失或不当';

export class RegisterChildRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '小明' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @DivisionCodeField('divisionCode')
  divisionCode: string;

  @ApiProperty({ example: '天平路 1 号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ enum: CHILD_CATEGORIES, example: 'de-facto-unattended', description: CATEGORY_DESCRIPTION })
  @IsIn(CHILD_CATEGORIES)
  category: string;

  @ApiPropertyOptional({ enum: IN_DIFFICULTY_KINDS, nullable: true, type: String, description: SUB_KIND_DESCRIPTION })
  @IsOptional()
  @IsIn(IN_DIFFICULTY_KINDS)
  subKind?: string | null;

  @BusinessDateField('registeredOn')
  registeredOn: string;
}

export class ChangeCategoryRequest {
  @ApiProperty({ enum: CHILD_CATEGORIES, example: 'orphan', description: CATEGORY_DESCRIPTION })
  @IsIn(CHILD_CATEGORIES)
  category: string;

  @ApiPropertyOptional({ enum: IN_DIFFICULTY_KINDS, nullable: true, type: String, description: SUB_KIND_DESCRIPTION })
  @IsOptional()
  @IsIn(IN_DIFFICULTY_KINDS)
  subKind?: string | null;

  @BusinessDateField('effectiveOn')
  effectiveOn: string;

  @ApiProperty({ example: '父母经法院宣告死亡' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AddGuardianRequest {
  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;

  @ApiProperty({ example: '李桂兰' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: GUARDIAN_RELATIONS, example: 'grandparent' })
  @IsIn(GUARDIAN_RELATIONS)
  relation: string;

  @ApiProperty({ example: '13800000000' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  contact: string;

  @BusinessDateField('from')
  from: string;
}

export class EndGuardianshipRequest {
  @BusinessDateField('to')
  to: string;

  @ApiProperty({ example: '监护人死亡' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CloseChildRequest {
  @ApiProperty({ enum: CLOSE_REASONS, example: 'moved-away' })
  @IsIn(CLOSE_REASONS)
  reason: (typeof CLOSE_REASONS)[number];

  @BusinessDateField('closedOn')
  closedOn: string;
}

class ChildFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: CHILD_CATEGORIES })
  @IsOptional()
  @IsIn(CHILD_CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ enum: ['active', 'closed'] })
  @IsOptional()
  @IsIn(['active', 'closed'])
  status?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class ChildListQuery extends IntersectionType(PageQuery, ChildFilterQuery) {}

class CategoryPeriodResponse {
  @ApiProperty({ enum: CHILD_CATEGORIES }) category: string;
  @ApiProperty({ type: String, nullable: true }) subKind: string | null;
  @ApiProperty({ format: 'date' }) effectiveOn: string;
  @ApiProperty() reason: string;
  @ApiProperty() recordedBy: string;
}

class GuardianResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: '310104********123X' }) citizenId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GUARDIAN_RELATIONS }) relation: string;
  @ApiProperty() contact: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
}

export class ChildResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() address: string;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty({ enum: CHILD_CATEGORIES, description: 'the category in force' }) category: string;
  @ApiProperty({ type: String, nullable: true }) subKind: string | null;
  @ApiProperty({ type: [CategoryPeriodResponse] }) categories: CategoryPeriodResponse[];
  @ApiProperty({ type: [GuardianResponse] }) guardians: GuardianResponse[];
  @ApiProperty({ enum: ['active', 'closed'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'adult | adopted | deceased | moved-away' }) closedReason: string | null;
  @ApiProperty() version: number;
}

export class ChildPage extends PageOf(ChildResponse) {}

export class ChildStatisticsRowResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ enum: CHILD_CATEGORIES }) category: string;
  @ApiProperty({ description: 'children with an active record in the category' }) children: number;
}
