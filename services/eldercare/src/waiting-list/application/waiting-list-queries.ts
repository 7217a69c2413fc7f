import { PageQuery, RecordDivisions } from '@civic/platform';

/** A line entry as the caseworker sees it: `position` is 1 for the next elder to be offered a bed, null when not waiting. */
export interface WaitingEntryView {
  id: string;
  citizenId: string;
  name: string;
  divisionCode: string;
  appliedAt: string;
  status: string;
  declines: number;
  position: number | null;
  priorityKey: string;
  closedReason: string | null;
  openOffer: OfferView | null;
  version: number;
}

export interface OfferView {
  id: string;
  entryId: string;
  bedId: string;
  divisionCode: string;
  offeredOn: string;
  expiresOn: string;
  status: string;
  decidedOn: string | null;
  reason: string | null;
  skipReason: string | null;
}

export interface WaitingEntryFilter {
  divisionCode?: string;
  status?: string;
  citizenId?: string;
}

/** Query port: the line within the caller's districts (in line order), positions and offers. */
export interface WaitingListQueries extends RecordDivisions {
  get(id: string): Promise<WaitingEntryView | null>;
  list(filter: WaitingEntryFilter, page: PageQuery): Promise<{ items: WaitingEntryView[]; total: number }>;
  offer(id: string): Promise<OfferView | null>;
}

export const WAITING_LIST_QUERIES = Symbol('WAITING_LIST_QUERIES');
export const OFFER_QUERIES = Symbol('OFFER_QUERIES');
