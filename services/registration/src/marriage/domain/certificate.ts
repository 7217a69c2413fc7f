import { BusinessDate } from '@civic/domain-kernel';

export type CertificateKind = 'marriage' | 'divorce';

/** 结婚证 / 离婚证: one per holder; a re-issue (补领) voids the old number and issues a new one. */
export interface Certificate {
  number: string;
  kind: CertificateKind;
  holderCitizenId: string;
  issuedOn: BusinessDate;
  voidedOn: BusinessDate | null;
  voidReason: string | null;
}

/**
 * A certificate's number: `J` (结婚证) or `L` (离婚证) and the issuing office, the year, and the
 * registry's running serial, e.g. `J310104-2026-000123`. The serial comes from one sequence for the
 * whole registry, so numbers never repeat across offices or years.
 */
export function certificateNumber(kind: CertificateKind, officeCode: string, on: BusinessDate, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`a certificate serial is a positive whole number, got ${serial}`);
  return `${kind === 'marriage' ? 'J' : 'L'}${officeCode}-${on.year}-${String(serial).padStart(6, '0')}`;
}
