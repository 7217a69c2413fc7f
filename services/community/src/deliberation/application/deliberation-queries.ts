import { KeysetQuery, RecordDivisions } from '@civic/platform';
import { Deliberation, Participant } from '../domain/deliberation';

export interface DeliberationView {
  id: string;
  committeeCode: string;
  topic: string;
  heldOn: string;
  participants: Participant[];
  resolution: string;
}

/** Query port: deliberations under a division within the caller's districts, newest first in keyset pages. */
export interface DeliberationQueries extends RecordDivisions {
  get(id: string): Promise<DeliberationView | null>;
  list(filter: { divisionCode?: string; heldFrom?: string; heldTo?: string }, page: KeysetQuery): Promise<DeliberationView[]>;
}

export const DELIBERATION_QUERIES = Symbol('DELIBERATION_QUERIES');

export function deliberationView(deliberation: Deliberation): DeliberationView {
  const s = deliberation.snapshot();
  return { ...s, heldOn: s.heldOn.toString() };
}
