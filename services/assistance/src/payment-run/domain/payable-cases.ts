/** A case of the rule: start, end and the dated status changes (effective date, new status) in recorded order. */
export type PayableCase = [string, { startsOn: string; endsOn: string | null; changes: [string, 'active' | 'suspended' | 'terminated'][] }, boolean];

/**
 * The cases that define "payable in May 2026", shared by the domain spec and the test that holds the
 * payment run's SQL to the same answers.
 */
export const PAYABLE_CASES: PayableCase[] = [
  ['active, started before the month', { startsOn: '2026-01-01', endsOn: null, changes: [] }, true],
  ['active, starting on the first of the month', { startsOn: '2026-05-01', endsOn: null, changes: [] }, true],
  ['active, starting next month', { startsOn: '2026-06-01', endsOn: null, changes: [] }, false],
  ['suspended before the month', { startsOn: '2026-01-01', endsOn: null, changes: [['2026-03-01', 'suspended']] }, false],
  ['suspended from the month on', { startsOn: '2026-01-01', endsOn: null, changes: [['2026-05-01', 'suspended']] }, false],
  ['suspended from next month: this month is still paid', { startsOn: '2026-01-01', endsOn: null, changes: [['2026-06-01', 'suspended']] }, true],
  [
    'suspended, resumed from the month',
    {
      startsOn: '2026-01-01',
      endsOn: null,
      changes: [
        ['2026-03-01', 'suspended'],
        ['2026-05-01', 'active'],
      ],
    },
    true,
  ],
  [
    'suspended, resumed from next month: this month is not paid',
    {
      startsOn: '2026-01-01',
      endsOn: null,
      changes: [
        ['2026-03-01', 'suspended'],
        ['2026-06-01', 'active'],
      ],
    },
    false,
  ],
  [
    'a suspension recorded after a resumption, both effective the same month: the later record wins',
    {
      startsOn: '2026-01-01',
      endsOn: null,
      changes: [
        ['2026-05-01', 'active'],
        ['2026-05-01', 'suspended'],
      ],
    },
    false,
  ],
  ['terminated, ending after the month started', { startsOn: '2026-01-01', endsOn: '2026-05-31', changes: [['2026-06-01', 'terminated']] }, true],
  ['terminated, ended the month before', { startsOn: '2026-01-01', endsOn: '2026-04-30', changes: [['2026-05-01', 'terminated']] }, false],
];
