import { errorCodeOf } from '@civic/domain-kernel';
import { benefitDecisions, careLevelDecision, checkDisabilityLevels, childDecision } from './automatic-tags';

describe('tags other contexts set through their events', () => {
  it('tag each member covered by a 低保 or 特困 benefit when granted, and close it when terminated', () => {
    const benefit = { programme: 'dibao', memberCitizenIds: ['A', 'B'] };
    expect(benefitDecisions(benefit, 'granted', '低保待遇').map((d) => [d.citizenId, d.tag, d.action])).toEqual([
      ['A', 'dibao', 'tag'],
      ['B', 'dibao', 'tag'],
    ]);
    expect(benefitDecisions({ programme: 'tekun', memberCitizenIds: ['C'] }, 'terminated', '终止')).toEqual([
      { citizenId: 'C', tag: 'tekun', action: 'untag', reason: '终止' },
    ]);
    expect(benefitDecisions({ programme: 'linshi', memberCitizenIds: ['D'] }, 'granted', '临时救助')).toEqual([]);
  });

  it('hold 困境儿童 exactly while the child is in that category', () => {
    expect(childDecision({ citizenId: 'K', category: 'in-difficulty' }).action).toBe('tag');
    expect(childDecision({ citizenId: 'K', category: 'orphan' }).action).toBe('untag');
  });

  it('tag 失能老人 by the care levels the policy names, as data', () => {
    const policy = { levels: [4, 5, 6], version: 1 };
    expect(careLevelDecision({ citizenId: 'E', level: 5 }, policy).action).toBe('tag');
    expect(careLevelDecision({ citizenId: 'E', level: 2 }, policy).action).toBe('untag');
    expect(careLevelDecision({ citizenId: 'E', level: 2 }, { levels: [2, 3, 4, 5, 6], version: 2 }).action).toBe('tag');
    expect(checkDisabilityLevels([6, 4, 4, 5])).toEqual([4, 5, 6]);
    expect(errorCodeOf(() => checkDisabilityLevels([]))).toBe('AUTOMATIC_TAG.LEVELS_INVALID');
    expect(errorCodeOf(() => checkDisabilityLevels([7]))).toBe('AUTOMATIC_TAG.LEVELS_INVALID');
  });
});
