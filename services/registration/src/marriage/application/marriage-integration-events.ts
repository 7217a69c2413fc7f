import { DivorceRegistered, MarriageRegistered } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Marriage } from '../domain/marriage';
import { MarriageChange } from '../domain/marriage-change';

/** The published events of a marriage's changes: the only place they are built. */
export function marriageIntegrationEvents(marriage: Marriage, changes: MarriageChange[]): RaisedEvent[] {
  const s = marriage.snapshot();
  return changes.flatMap((change): RaisedEvent[] => {
    switch (change.kind) {
      case 'registered':
        return [
          {
            contract: MarriageRegistered,
            subject: s.id,
            data: {
              marriageId: s.id,
              partyA: s.partyA,
              partyB: s.partyB,
              registeredOn: s.registeredOn.toString(),
              officeCode: s.officeCode,
              certificateNo: change.certificates[0].number,
            },
          },
        ];
      case 'divorced':
        return [
          {
            contract: DivorceRegistered,
            subject: s.id,
            data: { marriageId: s.id, partyA: s.partyA, partyB: s.partyB, registeredOn: s.endedOn!.toString(), certificateNo: change.certificates[0].number },
          },
        ];
      case 'certificate-reissued':
      case 'ended-by-death':
        return []; // no published contract: the death itself is funeral's event
      case 'imported':
        return []; // history, not news: a marriage of years ago is not announced as registered now
      case 'death-revoked':
        return []; // the revocation itself is funeral's event
    }
  });
}
