import { ProtectionCaseClosed, ProtectionCaseOpened } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { ProtectionCase, ProtectionCaseChange } from '../domain/protection-case';

/** The published events of a case (opened, closed): the only place they are built; no concern text, no names. */
export function protectionCaseEvents(subject: ProtectionCase, changes: ProtectionCaseChange[]): RaisedEvent[] {
  const s = subject.snapshot();
  return changes.flatMap((change): RaisedEvent[] => {
    if (change.kind === 'opened')
      return [
        {
          contract: ProtectionCaseOpened,
          subject: s.id,
          data: {
            caseId: s.id,
            childId: s.childId,
            workstationId: s.workstationId,
            divisionCode: s.divisionCode,
            source: s.source,
            openedOn: s.reportedOn.toString(),
          },
        },
      ];
    if (change.kind === 'closed')
      return [
        {
          contract: ProtectionCaseClosed,
          subject: s.id,
          data: { caseId: s.id, workstationId: s.workstationId, divisionCode: s.divisionCode, closedOn: s.closedOn!.toString(), reason: s.closedReason! },
        },
      ];
    return [];
  });
}
