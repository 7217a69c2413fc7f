import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { Convention } from './convention';

const d = (text: string) => BusinessDate.parse(text);

describe('residents’ conventions (居民公约)', () => {
  it('are versioned: each revision adopted after the one in force, saying something else', () => {
    const convention = Convention.of('310104003001', null);
    expect(convention.adopt({ text: ' 爱护公共环境 ', adoptedOn: d('2025-03-01'), adoptedBy: 'assembly' })).toMatchObject({ number: 1, text: '爱护公共环境' });
    expect(errorCodeOf(() => convention.adopt({ text: '新公约', adoptedOn: d('2025-03-01'), adoptedBy: 'assembly' }))).toBe('CONVENTION.NOT_AFTER_CURRENT');
    expect(errorCodeOf(() => convention.adopt({ text: '爱护公共环境', adoptedOn: d('2026-03-01'), adoptedBy: 'assembly' }))).toBe('CONVENTION.UNCHANGED');
    expect(convention.adopt({ text: '爱护公共环境, 垃圾分类', adoptedOn: d('2026-03-01'), adoptedBy: 'representatives-assembly' }).number).toBe(2);
  });

  it('belong to committees only', () => {
    expect(errorCodeOf(() => Convention.of('310104003', null))).toBe('CONVENTION.NOT_A_COMMITTEE');
  });
});
