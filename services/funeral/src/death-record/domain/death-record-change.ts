/** What happened to a death record; the use case turns each change into its integration event. */
export type DeathRecordChange = { kind: 'registered' } | { kind: 'cremated' };
