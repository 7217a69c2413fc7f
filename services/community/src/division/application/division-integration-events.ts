import { DivisionEstablished, DivisionMerged, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { Division } from '../domain/division';
import { DivisionChange } from '../domain/division-change';

/** Translates the aggregate's domain changes into the published contract (libs/contracts). */
export function integrationEventsOf(division: Division, changes: DivisionChange[]): RaisedEvent[] {
  const s = division.snapshot();
  return changes.map((change): RaisedEvent => {
    switch (change.kind) {
      case 'established':
        return {
          contract: DivisionEstablished,
          subject: s.code,
          data: { code: s.code, name: change.name, level: s.level, parentCode: s.parentCode, validFrom: change.effectiveDate.toString() },
        };
      case 'renamed':
        return {
          contract: DivisionRenamed,
          subject: s.code,
          data: { code: s.code, previousName: change.previousName, name: change.name, effectiveFrom: change.effectiveDate.toString() },
        };
      case 'revoked':
        return { contract: DivisionRevoked, subject: s.code, data: { code: s.code, validTo: change.effectiveDate.toString(), reason: change.reason } };
      case 'merged':
        return {
          contract: DivisionMerged,
          subject: s.code,
          data: { code: s.code, mergedCodes: change.mergedCodes, effectiveFrom: change.effectiveDate.toString() },
        };
    }
  });
}
