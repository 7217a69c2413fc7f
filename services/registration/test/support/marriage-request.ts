/**
 * A marriage registration as a clerk makes it for two people the registry has no record of yet: both
 * present in person, their declarations of having no spouse confirmed. Overrides change any field.
 */
export function marriageRequest(partyA: string, partyB: string, overrides: Record<string, unknown> = {}) {
  return {
    partyA: { citizenId: partyA, name: '甲' },
    partyB: { citizenId: partyB, name: '乙' },
    officeCode: '310104',
    declaredNoProhibitedKinship: true,
    noSpouseDeclarationsConfirmed: true,
    partiesAppearedInPerson: true,
    ...overrides,
  };
}
