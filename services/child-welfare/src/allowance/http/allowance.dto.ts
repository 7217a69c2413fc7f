import { BusinessDateField, MONTH, YUAN, YUAN_MESSAGE } from '@civic/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { ALLOWANCE_CATEGORIES } from '../domain/allowance-rules';

export class AllowanceStandardRequest {
  @ApiProperty({ enum: ALLOWANCE_CATEGORIES, example: 'orphan' })
  @IsIn(ALLOWANCE_CATEGORIES)
  category: string;

  @ApiProperty({ example: '2190.00', description: 'the monthly amount in yuan' })
  @Matches(YUAN, { message: YUAN_MESSAGE('monthlyAmount') })
  monthlyAmount: string;

  @BusinessDateField('effectiveFrom', {
    description: 'the first of the month it takes effect (earlier months are re-computed by the next run)',
    example: '2027-01-01',
  })
  effectiveFrom: string;
}

export class AllowanceStandardResponse {
  @ApiProperty({ enum: ALLOWANCE_CATEGORIES }) category: string;
  @ApiProperty({ example: '2190.00' }) monthlyAmount: string;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
}

export class AllowanceDueQuery {
  @ApiProperty({ example: '2026-11', description: 'a calendar month, YYYY-MM' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}

export class AllowanceDueResponse {
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'the category the month is paid for' }) category: string;
  @ApiProperty({ example: '2190.00', description: '0.00 when nothing is due (not a paid category, 18, adopted, deceased)' }) amount: string;
}
