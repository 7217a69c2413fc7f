import {
  EventContract,
  OrganisationChanged,
  OrganisationDeregistered,
  OrganisationFlaggedDormant,
  OrganisationGraded,
  OrganisationRegistered,
} from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Organisation } from '../domain/organisation';
import { OrganisationChange } from '../domain/organisation-change';

/** The published events of an organisation's changes, keyed by its id; inspections, recognition and clearances stay inside. */
export function organisationIntegrationEvents(organisation: Organisation, changes: OrganisationChange[]): RaisedEvent[] {
  const s = organisation.snapshot();
  const identity = { organisationId: s.id, uscc: s.uscc };
  const event = <T>(contract: EventContract<T>, data: T): RaisedEvent => ({ contract, subject: s.id, data }) as RaisedEvent;
  return changes.flatMap((change): RaisedEvent[] => {
    switch (change.kind) {
      case 'registered':
        return [
          event(OrganisationRegistered, {
            ...identity,
            kind: s.kind,
            name: s.name,
            domicileDivisionCode: s.domicileDivisionCode,
            authorityLevel: s.authorityLevel,
            legalRepresentative: s.legalRepresentative,
            registeredCapital: s.registeredCapital?.toString() ?? null,
            registeredOn: s.registeredOn.toString(),
          }),
        ];
      case 'changed':
        return [
          event(OrganisationChanged, {
            ...identity,
            name: s.name,
            domicileDivisionCode: s.domicileDivisionCode,
            legalRepresentative: s.legalRepresentative,
            changed: change.changed,
            changedOn: change.on.toString(),
          }),
        ];
      case 'graded':
        return [event(OrganisationGraded, { ...identity, grade: change.grade, gradedOn: change.on.toString(), expiresOn: change.expiresOn.toString() })];
      case 'deregistered':
        return [event(OrganisationDeregistered, { ...identity, deregisteredOn: change.on.toString(), reason: change.reason })];
      case 'flagged-dormant':
        return [event(OrganisationFlaggedDormant, { ...identity, flaggedOn: change.on.toString(), inactiveYears: change.inactiveYears })];
      default:
        return [];
    }
  });
}
