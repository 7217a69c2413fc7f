/**
 * The cases that define "payable in May 2026", shared by the domain spec and the test that holds the
 * payment run's SQL to the same answers.
 */
export const PAYABLE_CASES: [string, { startsOn: string; endsOn: string | null; status: 'active' | 'suspended' | 'terminated' }, boolean][] = [
  ['active, started before the month', { startsOn: '2026-01-01', endsOn: null, status: 'active' }, true],
  ['active, starting on the first of the month', { startsOn: '2026-05-01', endsOn: null, status: 'active' }, true],
  ['active, starting next month', { startsOn: '2026-06-01', endsOn: null, status: 'active' }, false],
  ['suspended', { startsOn: '2026-01-01', endsOn: null, status: 'suspended' }, false],
  ['terminated, ending after the month started', { startsOn: '2026-01-01', endsOn: '2026-05-31', status: 'terminated' }, true],
  ['terminated, ending on the first of the month', { startsOn: '2026-01-01', endsOn: '2026-05-01', status: 'terminated' }, true],
  ['terminated, ended the month before', { startsOn: '2026-01-01', endsOn: '2026-04-30', status: 'terminated' }, false],
];
