import { PROGRAMME_CODES } from '@civic/contracts';
import { DATE, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { BENEFIT_STATUS_LABELS } from '../domain/benefit';

export const PROGRAMME_LABELS =
  'dibao 最低生活保障 | tekun 特困人员救助供养 | zhichuxing 支出型贫困生活救助 | linshi 临时救助 | canji-shenghuo 困难残疾人生活补贴 | canji-huli 重度残疾人护理补贴';

export class BenefitStatusChangeRequest {
  @ApiProperty({ example: '2026-06-01', format: 'date', description: 'first day of the month from which it applies' })
  @Matches(DATE, { message: 'effectiveOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveOn must be a calendar date' })
  effectiveOn: string;

  @ApiProperty({ example: '家庭收入超过标准', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

class BenefitFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS })
  @IsOptional()
  @IsIn(PROGRAMME_CODES)
  programme?: string;

  @ApiPropertyOptional({ enum: ['active', 'suspended', 'terminated'], description: BENEFIT_STATUS_LABELS })
  @IsOptional()
  @IsIn(['active', 'suspended', 'terminated'])
  status?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'benefits starting on or after' })
  @IsOptional()
  @Matches(DATE, { message: 'startsFrom must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startsFrom must be a calendar date' })
  startsFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'benefits starting on or before' })
  @IsOptional()
  @Matches(DATE, { message: 'startsTo must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startsTo must be a calendar date' })
  startsTo?: string;
}

export class BenefitListQuery extends IntersectionType(PageQuery, BenefitFilter) {}

export class BenefitResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) householdId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS }) programme: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: ['active', 'suspended', 'terminated'], description: BENEFIT_STATUS_LABELS }) status: string;
  @ApiProperty({ example: '1420.00' }) monthlyAmount: string;
  @ApiProperty() recipients: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'last day paid for, once terminated' }) endsOn: string | null;
  @ApiProperty() version: number;
}

export class BenefitAmountEntry {
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty({ example: '1420.00' }) amount: string;
  @ApiProperty() reason: string;
}

export class BenefitDetails extends BenefitResponse {
  @ApiProperty({ type: [BenefitAmountEntry], description: 'amount history by effective date' }) amounts: BenefitAmountEntry[];
}

export class BenefitPage extends PageOf(BenefitResponse) {}
