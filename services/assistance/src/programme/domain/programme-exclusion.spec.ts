import { errorCodeOf } from '@civic/domain-kernel';
import { exclusiveGrant } from './programme-exclusion';

const subsistence = (precedence: number) => ({ group: 'subsistence', precedence });
const tekun = { code: 'tekun', exclusion: subsistence(1) };
const dibao = { code: 'dibao', exclusion: subsistence(2) };
const onDibao = { benefitId: 'b1', programme: 'dibao', precedence: 2 };
const onTekun = { benefitId: 'b2', programme: 'tekun', precedence: 1 };

describe('programmes held one at a time (低保, 特困, 支出型)', () => {
  it('grants freely when the household holds none of the group, or the programme is in no group', () => {
    expect(exclusiveGrant(dibao, [])).toEqual({ replaces: [] });
    expect(exclusiveGrant({ code: 'linshi', exclusion: null }, [onDibao])).toEqual({ replaces: [] });
  });

  it('replaces a benefit of lower precedence: a 低保 household that qualifies for 特困 moves to 特困', () => {
    expect(exclusiveGrant(tekun, [onDibao])).toEqual({ replaces: [onDibao] });
  });

  it('refuses a programme of lower or the same precedence than the one held', () => {
    expect(errorCodeOf(() => exclusiveGrant(dibao, [onTekun]))).toBe('BENEFIT.EXCLUSIVE_PROGRAMME_HELD');
    expect(errorCodeOf(() => exclusiveGrant(dibao, [onDibao]))).toBe('BENEFIT.EXCLUSIVE_PROGRAMME_HELD');
  });
});
