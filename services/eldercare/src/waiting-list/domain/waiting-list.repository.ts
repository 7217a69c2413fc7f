import { BedOffer } from './bed-offer';
import { WaitingEntry } from './waiting-entry';
import { WaitingListPolicy } from './waiting-list-policy';

/** A vacant basic-guarantee bed, as allocation needs it. */
export interface OfferableBed {
  id: string;
  facilityId: string;
  divisionCode: string;
}

/** Port: the line, its offers, its policy and what it knows of elders (the SQL adapter lives in persistence/). */
export interface WaitingListRepository {
  policy(): Promise<WaitingListPolicy>;
  savePolicy(policy: WaitingListPolicy, changedBy: string): Promise<void>;
  /** Allocations in a district run one at a time (a transaction-scoped lock), so none skips an elder another is offering to. */
  lockDistrict(districtCode: string): Promise<void>;

  /** What orders an elder: programmes received (assistance) and care level in force. */
  inputsOf(citizenId: string): Promise<{ programmes: string[]; careLevel: number | null }>;
  /** The assistance read model: an elder's benefit under a programme is active or not. */
  setBenefit(citizenId: string, benefitId: string, programme: string, active: boolean): Promise<void>;

  findEntry(id: string, options?: { forUpdate?: boolean }): Promise<WaitingEntry | null>;
  openEntryOf(citizenId: string, options?: { forUpdate?: boolean }): Promise<WaitingEntry | null>;
  /** Open entries (waiting or offered), `afterId` onwards, for re-ordering after a policy change. */
  openEntries(afterId: string | null, limit: number): Promise<WaitingEntry[]>;
  saveEntry(entry: WaitingEntry, expectedVersion: number | null): Promise<void>;
  /** The first elder in line in a district (but `except`, who has just turned the bed down). */
  firstInLine(districtCode: string, except?: string): Promise<WaitingEntry | null>;

  vacantBed(districtCode: string, bedId?: string): Promise<OfferableBed | null>;
  findOffer(id: string, options?: { forUpdate?: boolean }): Promise<BedOffer | null>;
  openOfferOf(entryId: string, options?: { forUpdate?: boolean }): Promise<BedOffer | null>;
  /** Open offers past their date on `today`. */
  dueOffers(today: string, limit: number): Promise<string[]>;
  saveOffer(offer: BedOffer, isNew: boolean): Promise<void>;
}

export const WAITING_LIST_REPOSITORY = Symbol('WAITING_LIST_REPOSITORY');
