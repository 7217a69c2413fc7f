import { DIVISION, MONTH } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PaymentRunView } from '../application/payment-run-view';
import { Money, progressPercent } from '@civic/domain-kernel';
import { PAYMENT_RUN_STATUS_LABELS, PAYMENT_RUN_STATUSES } from '../domain/payment-run';

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

/** A run's progress and, once completed, its totals; a service's response adds its totals per kind of line. */
export class PaymentRunResponseBase {
  @ApiProperty({ example: '2026-04' }) month: string;
  @ApiProperty({ enum: PAYMENT_RUN_STATUSES, description: PAYMENT_RUN_STATUS_LABELS }) status: string;
  @ApiProperty({ description: 'whole percent of expected lines written' }) progressPercent: number;
  @ApiProperty({ description: 'payable lines when the run started (the final count once completed)' }) expectedLines: number;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '201600000.00' }) total: string;
  @ApiProperty({ description: 'times the run was started or resumed' }) attempts: number;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() startedBy: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
  @ApiPropertyOptional({ type: [DistrictTotal], nullable: true, description: 'totals per district, once completed' }) byDistrict: DistrictTotal[] | null;
}

/** The response fields of a run (amounts in yuan). */
export function paymentRunResponse(r: PaymentRunView) {
  const yuan = (fen: number) => Money.ofFen(fen).toString();
  return {
    month: r.month.slice(0, 7),
    status: r.status,
    progressPercent: r.status === 'completed' ? 100 : progressPercent(r.lines, r.expectedLines),
    expectedLines: r.expectedLines,
    lines: r.lines,
    total: yuan(r.totalFen),
    attempts: r.attempts,
    lastError: r.lastError,
    startedBy: r.startedBy,
    startedAt: r.startedAt,
    completedAt: r.completedAt,
    byDistrict: r.byDistrict?.map((d) => ({ divisionCode: d.divisionCode, lines: d.lines, total: yuan(d.totalFen) })) ?? null,
    byKind: r.byKind?.map((k) => ({ kind: k.kind, lines: k.lines, total: yuan(k.totalFen) })) ?? null,
  };
}
