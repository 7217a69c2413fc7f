import { PersonMoved, PersonTagged, PersonUntagged } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Person } from '../domain/person';
import { PersonChange } from '../domain/person-change';

/** The published events of a person's changes (the only place they are built); keyed by the person's id. */
export function personIntegrationEvents(person: Person, changes: PersonChange[], at: Date): RaisedEvent[] {
  const citizenId = person.citizenId.value;
  return changes.flatMap((change): RaisedEvent[] => {
    switch (change.kind) {
      case 'moved':
        return [
          {
            contract: PersonMoved,
            subject: person.id,
            data: {
              personId: person.id,
              citizenId,
              fromDivisionCode: change.from?.committeeCode ?? null,
              toDivisionCode: change.to?.committeeCode ?? null,
              movedOn: change.on.toString(),
            },
          },
        ];
      case 'tagged':
        return [
          {
            contract: PersonTagged,
            subject: person.id,
            data: { citizenId, name: person.name, tag: change.tag, divisionCode: person.committeeCode, taggedAt: at.toISOString() },
          },
        ];
      case 'untagged':
        return [
          {
            contract: PersonUntagged,
            subject: person.id,
            data: { citizenId, tag: change.tag, divisionCode: person.committeeCode, reason: change.reason, untaggedAt: at.toISOString() },
          },
        ];
      default:
        return [];
    }
  });
}
