/** What happened to a tag of the dictionary; each becomes a line of its history. */
export type TagChange = { kind: 'admitted' } | { kind: 'changed' } | { kind: 'withdrawn'; reason: string };
