import { BusinessDate } from '@civic/domain-kernel';
import { dibaoBenefit } from './benefit.fixture';
import { endForDissolvedHousehold } from './household-dissolution';

const d = (text: string) => BusinessDate.parse(text);
const benefit = (startsOn: string) => dibaoBenefit({ id: `b-${startsOn}`, startsOn: d(startsOn) });

describe('a dissolved household’s benefits (家庭注销)', () => {
  it('end from the first of next month: the month of dissolution is still paid', () => {
    const running = benefit('2026-01-01');
    endForDissolvedHousehold(running, d('2026-03-10'), '户籍迁出本市');
    expect(running.snapshot()).toMatchObject({ status: 'terminated', endsOn: d('2026-03-31') });
  });

  it('end from their start when they had not started: never paid', () => {
    const later = benefit('2026-06-01');
    endForDissolvedHousehold(later, d('2026-03-10'), '户籍迁出本市');
    expect(later.snapshot()).toMatchObject({ status: 'terminated', endsOn: d('2026-05-31') });
  });
});
