import type { Correction } from '../domain/death-record';

/** A `death_record` row as selected by the adapters of this module; it never leaves persistence/. */
export interface DeathRecordRow {
  id: string;
  citizen_id: string;
  name: string;
  date_of_death: string;
  place_of_death: string;
  division_code: string;
  funeral_home: string;
  certificate_no: string;
  status: 'registered' | 'cremated' | 'revoked';
  cremation: { crematedOn: string; funeralHome: string; certificateNo: string } | null;
  corrections: Correction[];
  revocation: { revokedOn: string; revokedBy: string; reason: string } | null;
  version: number;
}

export const DEATH_RECORD_COLUMNS = `id, citizen_id, name, date_of_death::text, place_of_death, division_code, funeral_home, certificate_no, status, cremation, corrections, revocation, version`;
