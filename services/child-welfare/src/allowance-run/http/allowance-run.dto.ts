import { PaymentRunResponseBase } from '@civic/payment-run';
import { DivisionFilterQuery, MonthField, PageOf } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALLOWANCE_CATEGORIES, ALLOWANCE_LINE_KIND_LABELS, ALLOWANCE_LINE_KINDS } from '../../allowance/domain/allowance-rules';

export class AllowanceKindTotal {
  @ApiProperty({ enum: ALLOWANCE_LINE_KINDS, description: ALLOWANCE_LINE_KIND_LABELS }) kind: string;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '-2190.00', description: 'negative for recoveries' }) total: string;
}

export class AllowanceRunResponse extends PaymentRunResponseBase {
  @ApiPropertyOptional({
    type: [AllowanceKindTotal],
    nullable: true,
    description: "totals per kind of line once completed: the month's own, and arrears and recoveries of earlier months",
  })
  byKind: AllowanceKindTotal[] | null;
}

export class AllowanceRunPage extends PageOf(AllowanceRunResponse) {}

export class AllowancesPaidQuery extends DivisionFilterQuery {
  @MonthField('from', { optional: true, description: 'from this run month (inclusive)', example: '2026-01' })
  from?: string;

  @MonthField('to', { optional: true, description: 'to this run month (inclusive)', example: '2026-12' })
  to?: string;
}

export class AllowancesPaidRowResponse {
  @ApiProperty({ example: '2026-04', description: 'the month of the run that paid it' }) month: string;
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ enum: ALLOWANCE_CATEGORIES, description: 'the category paid for' }) category: string;
  @ApiProperty({ description: "children paid the month's own allowance" }) children: number;
  @ApiProperty({ example: '569400.00', description: "the month's own allowances" }) regular: string;
  @ApiProperty({ example: '-2190.00', description: '补发 minus 追回 of earlier months paid in this run' }) corrections: string;
  @ApiProperty({ example: '567210.00' }) total: string;
}
