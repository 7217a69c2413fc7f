import { BusinessDateField, CitizenIdField, DateRangeQuery, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class RegisterDeathRequest {
  @CitizenIdField('citizenId', { example: '310104194912310020', description: '公民身份号码 of the deceased' })
  citizenId: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @BusinessDateField('dateOfDeath')
  dateOfDeath: string;

  @ApiProperty({ example: '上海市第六人民医院' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  placeOfDeath: string;

  @DivisionCodeField('divisionCode', { description: 'division of registered residence (户籍地)' })
  divisionCode: string;

  @ApiProperty({ example: '龙华殡仪馆' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  funeralHome: string;

  @ApiProperty({ example: 'SW2026030100123', description: '死亡医学证明编号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  certificateNo: string;
}

export class CremationRequest {
  @BusinessDateField('crematedOn', { example: '2026-03-04' })
  crematedOn: string;

  @ApiProperty({ example: '龙华殡仪馆' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  funeralHome: string;

  @ApiProperty({ example: 'HH2026030400123', description: '火化证明编号' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  certificateNo: string;
}

class DeathRecordFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['registered', 'cremated'], description: 'registered 已登记 | cremated 已火化' })
  @IsOptional()
  @IsIn(['registered', 'cremated'])
  status?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class DeathRecordListQuery extends IntersectionType(PageQuery, DeathRecordFilter, DateRangeQuery) {}

export class DeathRecordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'masked unless the caller holds funeral:personal-data.read' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) dateOfDeath: string;
  @ApiProperty() placeOfDeath: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() funeralHome: string;
  @ApiProperty() certificateNo: string;
  @ApiProperty({ enum: ['registered', 'cremated', 'revoked'], description: 'registered 已登记 | cremated 已火化 | revoked 已撤销 (registered in error)' })
  status: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) cremation: object | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'corrections made (更正), oldest first: correctedOn, correctedBy, reason and each changed field from/to',
  })
  corrections: object[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'revokedOn, revokedBy, reason once revoked (撤销)' })
  revocation: object | null;
  @ApiProperty() version: number;
}

export class CorrectionRequest {
  @ApiPropertyOptional({ example: '张三', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @BusinessDateField('dateOfDeath', { optional: true, example: '2026-02-27' })
  dateOfDeath?: string;

  @ApiPropertyOptional({ example: '瑞金医院', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  placeOfDeath?: string;

  @DivisionCodeField('divisionCode', { optional: true, description: 'division of registered residence (户籍地)' })
  divisionCode?: string;

  @ApiPropertyOptional({ example: '龙华殡仪馆', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  funeralHome?: string;

  @ApiPropertyOptional({ example: 'SW2026030100123', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  certificateNo?: string;

  @ApiProperty({ example: '依死亡医学证明更正', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class RevocationRequest {
  @ApiProperty({ example: '医院误报, 经核实当事人健在', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class DeathRecordPage extends PageOf(DeathRecordResponse) {}
