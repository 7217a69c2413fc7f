import { BusinessDate } from '@civic/domain-kernel';
import { coverageOn, coveredUntil, qualifiesForWaiver, WaiverCoverage } from './waiver';

const d = (text: string) => BusinessDate.parse(text);
const coverage = (since: string, until: string | null, suspensions: [string, string | null][] = []): WaiverCoverage => ({
  citizenId: 'x',
  benefitId: 'b',
  programme: 'dibao',
  since: d(since),
  until: until ? d(until) : null,
  suspensions: suspensions.map(([from, resumedFrom]) => ({ from: d(from), resumedFrom: resumedFrom ? d(resumedFrom) : null })),
});

describe('the funeral waiver (惠民)', () => {
  it('qualifies the programmes the policy names', () => {
    expect(qualifiesForWaiver({ programmes: ['dibao', 'tekun'] }, 'tekun')).toBe(true);
    expect(qualifiesForWaiver({ programmes: ['dibao', 'tekun'] }, 'linshi')).toBe(false);
  });

  it.each([
    ['the day the benefit starts', '2026-01-01', null, '2026-01-01', true],
    ['the day before it starts', '2026-01-01', null, '2025-12-31', false],
    ['the last covered day', '2026-01-01', '2026-05-31', '2026-05-31', true],
    ['the day after it ended', '2026-01-01', '2026-05-31', '2026-06-01', false],
  ])('covers a death on %s: %s', (_what, since, until, day, covered) => {
    expect(coverageOn([coverage(since, until)], d(day)) !== null).toBe(covered);
  });

  it.each([
    ['the day before the suspension', '2026-04-30', true],
    ['the first day suspended', '2026-05-01', false],
    ['the last day suspended', '2026-05-31', false],
    ['the day it resumed', '2026-06-01', true],
  ])('follows a suspension from 1 May resumed from 1 June: a death on %s is covered: %s', (_what, day, covered) => {
    expect(coverageOn([coverage('2026-01-01', null, [['2026-05-01', '2026-06-01']])], d(day)) !== null).toBe(covered);
  });

  it('covers nothing while a suspension has not been resumed', () => {
    expect(coverageOn([coverage('2026-01-01', null, [['2026-05-01', null]])], d('2027-01-01'))).toBeNull();
  });

  it('a benefit terminated from a date covered its people until the day before', () => {
    expect(coveredUntil(d('2026-06-01')).toString()).toBe('2026-05-31');
  });
});
