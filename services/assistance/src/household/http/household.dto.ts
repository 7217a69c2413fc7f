import { CITIZEN_ID, CITIZEN_ID_MESSAGE, CitizenIdField, DIVISION, PageOf, PageQuery, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RELATION_LABELS, RELATIONS } from '../../household/domain/household-member';

export class MemberRequest {
  @CitizenIdField()
  citizenId: string;

  @ApiProperty({ example: '王建国', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ enum: RELATIONS, description: RELATION_LABELS, example: 'head' })
  @IsIn(RELATIONS)
  relation: string;

  @ApiProperty({ example: '800.00', description: '月收入 monthly income in yuan' })
  @Matches(YUAN, { message: YUAN_MESSAGE('monthlyIncome') })
  monthlyIncome: string;

  @ApiProperty({ example: '5000.00', description: '家庭财产 assets (savings, securities) in yuan' })
  @Matches(YUAN, { message: YUAN_MESSAGE('assets') })
  assets: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 4, nullable: true, description: '残疾等级 1 (most severe) to 4; null when none' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  disabilityGrade?: number | null;
}

export class RegisterHouseholdRequest {
  @ApiProperty({ example: '310104003', description: 'division of residence; must be known and in force' })
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode: string;

  @ApiProperty({ example: '徐汇区天平路100弄5号301室', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ type: [MemberRequest] })
  @ValidateNested({ each: true })
  @Type(() => MemberRequest)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  members: MemberRequest[];
}

export class ReplaceMembersRequest {
  @ApiProperty({ type: [MemberRequest] })
  @ValidateNested({ each: true })
  @Type(() => MemberRequest)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  members: MemberRequest[];

  @ApiProperty({ example: '新生儿落户', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class MoveHouseholdRequest {
  @ApiProperty({ example: '310104004' })
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode: string;

  @ApiProperty({ example: '徐汇区湖南路8号', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '搬迁', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class PayeeAccountRequest {
  @CitizenIdField('payeeCitizenId')
  payeeCitizenId: string;

  @ApiProperty({ example: '中国工商银行上海市徐汇支行', minLength: 2, maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  bankName: string;

  @ApiProperty({
    example: '6222021001122334458',
    pattern: '^[0-9 ]{8,40}$',
    description: 'the payee’s own account, 8-30 digits (spaces dropped); a UnionPay card number (62…, 16-19 digits) must pass its Luhn check digit',
  })
  @IsString()
  @Matches(/^[0-9 ]{8,40}$/, { message: 'accountNumber must be 8 to 30 digits' })
  accountNumber: string;

  @ApiProperty({ example: '户主本人社保卡', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class PayeeAccountResponse {
  @ApiProperty({ example: '310104********1237', description: 'masked unless the caller holds assistance:personal-data.read' }) payeeCitizenId: string;
  @ApiProperty({ example: '王建国' }) payeeName: string;
  @ApiProperty() bankName: string;
  @ApiProperty({ example: '6222***********4458', description: 'first and last four digits unless the caller holds assistance:personal-data.read' })
  accountNumber: string;
}

export class ReasonRequest {
  @ApiProperty({ example: '经核实为不同人员', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class HouseholdListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '310104', description: 'a division and everything below it' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;

  @ApiPropertyOptional({ enum: ['active', 'dissolved'] })
  @IsOptional()
  @IsIn(['active', 'dissolved'])
  status?: string;

  @ApiPropertyOptional({ enum: ['clear', 'flagged'], description: 'flagged = suspected duplicate awaiting review (疑似重复待核)' })
  @IsOptional()
  @IsIn(['clear', 'flagged'])
  reviewStatus?: string;

  @ApiPropertyOptional({ description: 'households with this member' })
  @IsOptional()
  @Matches(CITIZEN_ID, { message: CITIZEN_ID_MESSAGE('citizenId') })
  citizenId?: string;
}

export class MemberResponse {
  @ApiProperty({ example: '310104********1237', description: 'masked unless the caller holds assistance:personal-data.read' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RELATIONS }) relation: string;
  @ApiProperty({ example: '1950-01-01' }) birthDate: string;
  @ApiProperty({ enum: ['male', 'female'] }) sex: string;
  @ApiProperty({ example: '800.00' }) monthlyIncome: string;
  @ApiProperty({ example: '5000.00' }) assets: string;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) disabilityGrade: number | null;
}

export class HouseholdResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() address: string;
  @ApiProperty({ enum: ['active', 'dissolved'], description: 'active 在册 | dissolved 注销' }) status: string;
  @ApiProperty({ enum: ['clear', 'flagged'], description: 'clear 正常 | flagged 疑似重复待核' }) reviewStatus: string;
  @ApiProperty({ type: [String] }) reviewNotes: string[];
  @ApiProperty({ example: '650.00', description: '家庭人均月收入' }) perCapitaMonthlyIncome: string;
  @ApiProperty({ type: [MemberResponse] }) members: MemberResponse[];
  @ApiPropertyOptional({ type: PayeeAccountResponse, nullable: true, description: '代发账户; null until recorded (its payment lines are then unpayable)' })
  payeeAccount: PayeeAccountResponse | null;
  @ApiProperty({ description: 'optimistic-concurrency version; also the ETag' }) version: number;
}

export class HouseholdSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() address: string;
  @ApiProperty() status: string;
  @ApiProperty() reviewStatus: string;
  @ApiProperty() memberCount: number;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
}

export class HouseholdPage extends PageOf(HouseholdSummary) {}

export class HouseholdHistoryEntry {
  @ApiProperty() version: number;
  @ApiProperty({
    example: 'members-changed',
    description: 'registered 建档 | members-changed 成员变更 | moved 迁移 | flagged 疑似重复 | review-cleared 核查通过 | dissolved 注销',
  })
  change: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'the household after the change (citizen IDs masked unless permitted)' }) snapshot: object;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
}
