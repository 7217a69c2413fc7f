import { PaymentRunResponseBase } from '@civic/payment-run';
import { PageOf } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_LINE_KIND_LABELS, PAYMENT_LINE_KINDS } from '../domain/earlier-months';

export class KindTotal {
  @ApiProperty({ enum: PAYMENT_LINE_KINDS, description: PAYMENT_LINE_KIND_LABELS }) kind: string;
  @ApiProperty() lines: number;
  @ApiProperty({ example: '-1420.00', description: 'negative for recoveries' }) total: string;
}

export class PaymentRunResponse extends PaymentRunResponseBase {
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
