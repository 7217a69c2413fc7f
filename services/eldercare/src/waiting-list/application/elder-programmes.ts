/**
 * Port: the assistance programmes (特困 tekun, 低保 dibao, ...) an elder receives now, as the context
 * knows them from assistance's benefit events (kept by the waiting list's consumer). Home adaptation
 * and meals read it for their subsidies without reaching into the waiting list's tables.
 */
export interface ElderProgrammes {
  of(citizenId: string): Promise<string[]>;
}

export const ELDER_PROGRAMMES = Symbol('ELDER_PROGRAMMES');
