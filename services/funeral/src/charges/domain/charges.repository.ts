import { BusinessDate } from '@civic/domain-kernel';
import { FuneralBill } from './funeral-bill-issue';
import { ServiceItem } from './funeral-bill';
import { DatedPrice } from './price-history';
import { WaiverCoverage, WaiverPolicy } from './waiver';

/** Port: the price catalogue, the waiver policy and coverages (from assistance's benefit events), and bills. */
export interface ChargesRepository {
  /** The services with the prices in force at the funeral home on the day (`priceInForce`); services without a price then are left out. */
  catalogueOn(funeralHome: string, day: BusinessDate): Promise<Map<string, ServiceItem>>;
  /** Records a dated price (the same day again replaces it); false when the catalogue has no such service. */
  addPrice(price: DatedPrice, recordedBy: string): Promise<boolean>;
  waiverPolicy(): Promise<WaiverPolicy>;
  coveragesOf(citizenId: string): Promise<WaiverCoverage[]>;
  /** Keeps the coverages of a benefit (once per person and benefit: redelivery changes nothing). */
  addCoverages(coverages: Omit<WaiverCoverage, 'suspensions'>[]): Promise<void>;
  endCoverages(benefitId: string, until: BusinessDate): Promise<void>;
  /** Records a suspension from the date (once per benefit and date). */
  suspendCoverages(benefitId: string, from: BusinessDate): Promise<void>;
  /** Closes the benefit's latest suspension that began on or before the date. */
  resumeCoverages(benefitId: string, from: BusinessDate): Promise<void>;
  hasBill(deathRecordId: string): Promise<boolean>;
  /** A second bill for the same death is refused. */
  addBill(bill: FuneralBill): Promise<void>;
}

export const CHARGES_REPOSITORY = Symbol('CHARGES_REPOSITORY');
