import { DIVISION, MONTH, PageOf } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PAYMENT_LINE_KIND_LABELS, PAYMENT_LINE_KINDS } from '../domain/earlier-months';
import { PAYMENT_RUN_STATUS_LABELS } from '../domain/payment-run';

export class StartPaymentRunRequest {
  @ApiProperty({ example: '2026-04', description: 'the month to pay, YYYY-MM' })
  @Matches(MONTH, { message: 'month must be a month as YYYY-MM' })
  month: string;
}

export class BankFileQuery {
  @ApiPropertyOptional({
    example: '310104',
    description:
      "one district's (or street's) slice of the run: each district sends its own file to its bank; a district officer's file is always their districts'",
  })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class DistrictTotal {
  @ApiProperty({ example: '310104' }) divisionCode: string;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '10192000.00' }) total: string;
}

export class KindTotal {
  @ApiProperty({ enum: PAYMENT_LINE_KINDS, description: PAYMENT_LINE_KIND_LABELS }) kind: string;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '-1420.00', description: 'negative for recoveries' }) total: string;
}

export class PaymentRunResponse {
  @ApiProperty({ example: '2026-04' }) month: string;
  @ApiProperty({ enum: ['running', 'failed', 'completed'], description: PAYMENT_RUN_STATUS_LABELS }) status: string;
  @ApiProperty({ description: 'whole percent of expected lines written' }) progressPercent: number;
  @ApiProperty({ description: 'payable benefits when the run started (the final count once completed)' }) expectedLines: number;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '201600000.00' }) total: string;
  @ApiProperty({ description: 'times the run was started or resumed' }) attempts: number;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() startedBy: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
  @ApiPropertyOptional({ type: [DistrictTotal], nullable: true, description: 'totals per district, once completed' }) byDistrict: DistrictTotal[] | null;
  @ApiPropertyOptional({
    type: [KindTotal],
    nullable: true,
    description: "totals per kind of line once completed: the month's own, arrears and recoveries of earlier months, price-linked subsidies",
  })
  byKind: KindTotal[] | null;
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'lines of households with no payee account (代发账户) when the run completed: unpayable until one is recorded and the file exported again',
  })
  linesWithoutAccount: number | null;
}

export class PaymentRunPage extends PageOf(PaymentRunResponse) {}
