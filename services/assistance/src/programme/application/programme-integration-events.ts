import { StandardAdjusted } from '@civic/contracts';
import { RaisedEvent } from '@civic/platform';
import { ProgrammeCode } from '../domain/programme';

/** The published summary of a standard adjustment: the only place it is built. */
export function standardAdjustedEvent(
  programme: ProgrammeCode,
  result: { effectiveFrom: string; previousAmount: string | null; amount: string; benefitsRecomputed: number; benefitsChanged: number },
): RaisedEvent {
  return { contract: StandardAdjusted, subject: programme, data: { ...result, programme } };
}
