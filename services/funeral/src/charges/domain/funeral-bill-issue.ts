import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { BillLine, billOf, ServiceItem } from './funeral-bill';
import { WaiverCoverage } from './waiver';

/** A funeral bill (殡葬收费单): one per death record. */
export interface FuneralBill {
  id: string;
  deathRecordId: string;
  lines: BillLine[];
  total: Money;
  waived: Money;
  due: Money;
  /** The benefit that made the deceased eligible for the waiver, or null. */
  waiverBasis: string | null;
  /** The day the services were given, whose prices the bill charges, and where. */
  serviceDate: BusinessDate;
  funeralHome: string;
}

/** Bills the services at the prices in force on the service date (the catalogue given), waiving the basic ones when a coverage was in force on the day of death. */
export function issueBill(input: {
  id: string;
  deathRecordId: string;
  catalogue: Map<string, ServiceItem>;
  items: { code: string; quantity: number }[];
  coverage: WaiverCoverage | null;
  serviceDate: BusinessDate;
  funeralHome: string;
}): FuneralBill {
  const bill = billOf(input.catalogue, input.items, input.coverage !== null);
  return {
    id: input.id,
    deathRecordId: input.deathRecordId,
    ...bill,
    waiverBasis: input.coverage ? `${input.coverage.programme} benefit ${input.coverage.benefitId}` : null,
    serviceDate: input.serviceDate,
    funeralHome: input.funeralHome,
  };
}

export function billExists(): DomainError {
  return new DomainError('BILL.EXISTS', 'the death record already has a bill', 'conflict');
}
