import { BedReleased, ResidentAdmitted, ResidentDischarged } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { RaisedEvent } from '@civic/platform';
import { Bed } from '../domain/bed';
import { Residency, ResidencyChange } from '../domain/residency';

/** The published events of a residency's changes (and the bed a discharge frees): the only place they are built. */
export function residencyIntegrationEvents(residency: Residency, bed: Bed, changes: ResidencyChange[]): RaisedEvent[] {
  const s = residency.snapshot();
  const place = { residencyId: s.id, bedId: s.bedId, facilityId: s.facilityId, divisionCode: s.divisionCode, citizenId: s.citizenId.value };
  return changes.flatMap((change): RaisedEvent[] =>
    change.kind === 'admitted'
      ? [{ contract: ResidentAdmitted, subject: s.id, data: { ...place, bedKind: bed.kind, admittedOn: s.admittedOn.toString() } }]
      : [
          { contract: ResidentDischarged, subject: s.id, data: { ...place, dischargedOn: s.dischargedOn!.toString(), reason: change.reason } },
          bedReleased(bed, s.dischargedOn!, 'discharged'),
        ],
  );
}

/** A bed became vacant. */
export function bedReleased(bed: Bed, on: BusinessDate, reason: 'discharged' | 'offer-declined' | 'offer-expired' | 'offer-withdrawn'): RaisedEvent {
  const b = bed.snapshot();
  return {
    contract: BedReleased,
    subject: b.id,
    data: { bedId: b.id, facilityId: b.facilityId, divisionCode: b.divisionCode, kind: b.kind, releasedOn: on.toString(), reason },
  };
}
