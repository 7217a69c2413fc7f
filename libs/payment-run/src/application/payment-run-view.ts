import { PaymentRunStatus } from '../domain/payment-run';

/** A run as the API shows it (amounts in fen). */
export interface PaymentRunView<Kind extends string = string> {
  month: string;
  status: PaymentRunStatus;
  expectedLines: number;
  lines: number;
  totalFen: number;
  attempts: number;
  lastError: string | null;
  startedBy: string;
  startedAt: string;
  completedAt: string | null;
  byDistrict: { divisionCode: string; lines: number; totalFen: number }[] | null;
  byKind: { kind: Kind; lines: number; totalFen: number }[] | null;
}
