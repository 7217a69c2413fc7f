import { PageQuery, RecordDivisions } from '@civic/platform';
import { Correction, DeathRecord } from '../domain/death-record';

/** A death record as the API shows it (citizen ID unmasked: the controller masks it for the caller). */
export interface DeathRecordView {
  id: string;
  citizenId: string;
  name: string;
  dateOfDeath: string;
  placeOfDeath: string;
  divisionCode: string;
  funeralHome: string;
  certificateNo: string;
  status: 'registered' | 'cremated' | 'revoked';
  cremation: { crematedOn: string; funeralHome: string; certificateNo: string } | null;
  corrections: Correction[];
  revocation: { revokedOn: string; revokedBy: string; reason: string } | null;
  version: number;
}

export interface DeathRecordFilter {
  divisionCode?: string;
  status?: string;
  citizenId?: string;
  from?: string;
  to?: string;
}

/** Query port: the read side of death records, within the caller's districts. */
export interface DeathRecordQueries extends RecordDivisions {
  get(id: string): Promise<DeathRecordView | null>;
  list(filter: DeathRecordFilter, page: PageQuery): Promise<{ items: DeathRecordView[]; total: number }>;
}

export const DEATH_RECORD_QUERIES = Symbol('DEATH_RECORD_QUERIES');

export function deathRecordView(record: DeathRecord): DeathRecordView {
  const s = record.snapshot();
  return { ...s, citizenId: s.citizenId.value, dateOfDeath: s.dateOfDeath.toString() };
}
