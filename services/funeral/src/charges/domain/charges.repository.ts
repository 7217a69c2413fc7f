import { BusinessDate, Money } from '@civic/domain-kernel';
import { FuneralBill } from './funeral-bill-issue';
import { ServiceItem } from './funeral-bill';
import { WaiverCoverage, WaiverPolicy } from './waiver';

/** Port: the price catalogue, the waiver policy and coverages (from assistance's benefit events), and bills. */
export interface ChargesRepository {
  catalogue(): Promise<Map<string, ServiceItem>>;
  /** False when the catalogue has no such service. */
  setPrice(code: string, price: Money): Promise<boolean>;
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
