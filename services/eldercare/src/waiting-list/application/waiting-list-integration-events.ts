import { BedAllocated, BedReleased } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { RaisedEvent } from '@civic/platform';
import { BedOffer } from '../domain/bed-offer';
import { WaitingEntry } from '../domain/waiting-entry';
import { OfferableBed } from '../domain/waiting-list.repository';

/** The published events of the line: an offer made (bed allocated) and a bed an offer left vacant. */
export function bedAllocated(offer: BedOffer, entry: WaitingEntry, bed: OfferableBed): RaisedEvent {
  const o = offer.snapshot();
  return {
    contract: BedAllocated,
    subject: o.bedId,
    data: {
      offerId: o.id,
      bedId: o.bedId,
      facilityId: bed.facilityId,
      divisionCode: o.divisionCode,
      waitingEntryId: o.entryId,
      citizenId: entry.snapshot().citizenId.value,
      offeredOn: o.offeredOn.toString(),
      expiresOn: o.expiresOn.toString(),
    },
  };
}

export function offerLeftBedVacant(offer: BedOffer, bed: { facilityId: string }, on: BusinessDate): RaisedEvent {
  const o = offer.snapshot();
  const reason = o.status === 'declined' ? 'offer-declined' : o.status === 'expired' ? 'offer-expired' : 'offer-withdrawn';
  return {
    contract: BedReleased,
    subject: o.bedId,
    data: { bedId: o.bedId, facilityId: bed.facilityId, divisionCode: o.divisionCode, kind: 'basic-guarantee', releasedOn: on.toString(), reason },
  };
}
