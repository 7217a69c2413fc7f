import { CremationCompleted, DeathRecordCorrected, DeathRecordRevoked, DeathRegistered } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { DeathRecord } from '../domain/death-record';
import { DeathRecordChange } from '../domain/death-record-change';

/** The published events of a death record's changes: the only place they are built. */
export function deathRecordIntegrationEvents(record: DeathRecord, changes: DeathRecordChange[]): RaisedEvent[] {
  const s = record.snapshot();
  return changes.map((change): RaisedEvent => {
    switch (change.kind) {
      case 'registered':
        return {
          contract: DeathRegistered,
          subject: s.id,
          data: { deathRecordId: s.id, citizenId: s.citizenId.value, name: s.name, dateOfDeath: s.dateOfDeath.toString(), divisionCode: s.divisionCode },
        };
      case 'cremated':
        return { contract: CremationCompleted, subject: s.id, data: { deathRecordId: s.id, citizenId: s.citizenId.value, ...s.cremation! } };
      case 'corrected':
        return {
          contract: DeathRecordCorrected,
          subject: s.id,
          data: {
            deathRecordId: s.id,
            citizenId: s.citizenId.value,
            name: s.name,
            dateOfDeath: s.dateOfDeath.toString(),
            previousDateOfDeath: change.previousDateOfDeath.toString(),
            divisionCode: s.divisionCode,
            changed: Object.keys(change.correction.changes),
            reason: change.correction.reason,
          },
        };
      case 'revoked':
        return {
          contract: DeathRecordRevoked,
          subject: s.id,
          data: {
            deathRecordId: s.id,
            citizenId: s.citizenId.value,
            dateOfDeath: s.dateOfDeath.toString(),
            revokedOn: s.revocation!.revokedOn,
            reason: s.revocation!.reason,
          },
        };
    }
  });
}
