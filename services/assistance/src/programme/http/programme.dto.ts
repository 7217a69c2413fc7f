import { DATE, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { PROGRAMME_CODES } from '@civic/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsISO8601, Matches } from 'class-validator';
import { PROGRAMME_LABELS } from '../../benefit/http/benefit.dto';
import { ELIGIBILITY_FACTS } from '../domain/eligibility';

export class StandardEntry {
  @ApiProperty({ format: 'date', example: '2022-07-01' }) effectiveFrom: string;
  @ApiProperty({ example: '1420.00', description: 'per person per month' }) amount: string;
}

export class ProgrammeResponse {
  @ApiProperty({ enum: PROGRAMME_CODES, description: PROGRAMME_LABELS }) code: string;
  @ApiProperty({ example: '最低生活保障' }) nameZh: string;
  @ApiProperty({ example: 'Minimum living allowance' }) nameEn: string;
  @ApiProperty({
    example: { kind: 'gap' },
    description:
      'gap 差额 | gap-after-essential-spending 扣除刚性支出后的差额 (percentOfStandard) | per-member 按人 | per-eligible-member 按符合条件人数 | one-off 一次性',
  })
  amountRule: object;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ fact: 'per-capita-income', atMostPercentOfStandard: 100 }],
    description: `conditions on facts: ${ELIGIBILITY_FACTS.join(', ')}`,
  })
  eligibility: object[];
  @ApiProperty({ example: { submitted: 5, verifying: 15 }, description: 'time limit in days per stage (办理时限)' }) stageLimitDays: object;
  @ApiProperty({ description: 'at most one open benefit per household' }) oneActivePerHousehold: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'subsistence',
    description: 'a household holds one programme of this group at a time (低保/特困/支出型)',
  })
  exclusionGroup: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2, description: 'within the group, which applies where a household qualifies for two (1 first)' })
  precedence: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 5,
    description: '先行救助: may be granted ahead of verification and notice, reviewed within these working days (null: not allowed)',
  })
  emergencyReviewWorkingDays: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '1420.00', description: 'standard in force today' }) currentStandard: string | null;
  @ApiProperty({ type: [StandardEntry] }) standards: StandardEntry[];
  @ApiProperty() version: number;
}

export class EligibilityRequest {
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['fact'],
      properties: {
        fact: { type: 'string', enum: [...ELIGIBILITY_FACTS] },
        atMostPercentOfStandard: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1000 },
        atMostYuan: { type: 'string', pattern: YUAN.source },
        grades: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4 }, minItems: 1 },
        atLeast: { type: 'integer', minimum: 0, maximum: 20 },
        atMost: { type: 'integer', minimum: 0, maximum: 20 },
        ageAtLeast: { type: 'integer' },
        ageBelow: { type: 'integer', minimum: 0, maximum: 20 },
        disabilityGrades: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4 }, minItems: 1 },
      },
      // Which of these a condition takes depends on its fact (checked by the domain: 422 naming the condition).
      additionalProperties: false,
    },
    example: [
      { fact: 'per-capita-income', atMostPercentOfStandard: 100 },
      { fact: 'per-capita-assets', atMostYuan: '50000' },
    ],
    description: `conditions on facts: ${ELIGIBILITY_FACTS.join(', ')}`,
  })
  @IsArray()
  eligibility: object[];
}

export class AdjustStandardRequest {
  @ApiProperty({ format: 'date', example: '2026-07-01', description: 'first day of a month' })
  @Matches(DATE, { message: 'effectiveFrom must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a calendar date' })
  effectiveFrom: string;

  @ApiProperty({ example: '1510.00', description: 'per person per month' })
  @Matches(YUAN, { message: YUAN_MESSAGE('amount') })
  amount: string;
}

export class StandardAdjustmentResponse {
  @ApiProperty() programme: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiPropertyOptional({ type: String, nullable: true }) previousAmount: string | null;
  @ApiProperty() amount: string;
  @ApiProperty({ description: 'open benefits looked at' }) benefitsRecomputed: number;
  @ApiProperty({ description: 'benefits whose amount changed (one event each)' }) benefitsChanged: number;
}
