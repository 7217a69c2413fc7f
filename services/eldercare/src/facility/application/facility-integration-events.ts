import { FacilityFiled, FacilityGraded } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Facility } from '../domain/facility';
import { FacilityChange } from '../domain/facility-change';

/** The published events of a facility's changes (filed, graded): the only place they are built. */
export function facilityIntegrationEvents(facility: Facility, changes: FacilityChange[]): RaisedEvent[] {
  const s = facility.snapshot();
  return changes.flatMap((change): RaisedEvent[] => {
    switch (change.kind) {
      case 'filed':
        return [
          {
            contract: FacilityFiled,
            subject: s.id,
            data: {
              facilityId: s.id,
              name: s.name,
              kind: s.kind,
              divisionCode: s.divisionCode,
              operatorName: s.operatorName,
              operatorUscc: s.operatorUscc,
              licensedCapacity: s.licensedCapacity,
              filedOn: s.filedOn.toString(),
            },
          },
        ];
      case 'graded':
        return [
          {
            contract: FacilityGraded,
            subject: s.id,
            data: {
              facilityId: s.id,
              divisionCode: s.divisionCode,
              stars: change.grade.stars,
              gradedOn: change.grade.gradedOn.toString(),
              validUntil: change.grade.validUntil.toString(),
            },
          },
        ];
      default:
        // Capacity, credit and revocation stay inside eldercare until a consumer needs them.
        return [];
    }
  });
}
