import { errorCodeOf } from '@civic/domain-kernel';
import { Tag } from './tag';

const livingAlone = () =>
  Tag.admit({ code: 'living-alone-elder', name: '独居老人', meaning: '60 岁以上独自居住的老人', owner: 'community', setBy: 'officers' });

describe('the tag dictionary (标签字典)', () => {
  it('admits a tag with its code, name, meaning and owner, and records it', () => {
    const tag = livingAlone();
    expect(tag.snapshot()).toMatchObject({ code: 'living-alone-elder', status: 'admitted', version: 1 });
    expect(tag.pullChanges()).toEqual([{ kind: 'admitted' }]);
  });

  it('refuses a code that is not lower-case words joined by hyphens, and an owner or setter not in the lists', () => {
    expect(errorCodeOf(() => Tag.admit({ code: '独居老人', name: '独居老人', meaning: 'x', owner: 'community', setBy: 'officers' }))).toBe('TAG.CODE_INVALID');
    expect(errorCodeOf(() => Tag.admit({ code: 'Living_Alone', name: 'x', meaning: 'x', owner: 'community', setBy: 'officers' }))).toBe('TAG.CODE_INVALID');
    expect(errorCodeOf(() => Tag.admit({ code: 'x-y', name: 'x', meaning: 'x', owner: 'police', setBy: 'officers' }))).toBe('TAG.FIELD_INVALID');
  });

  it("sets another context's tag by its events only, and community's own by officers", () => {
    expect(errorCodeOf(() => Tag.admit({ code: 'dibao', name: '低保户', meaning: 'x', owner: 'assistance', setBy: 'officers' }))).toBe('TAG.OWNER_SETS_IT');
    expect(errorCodeOf(() => Tag.admit({ code: 'lonely', name: 'x', meaning: 'x', owner: 'community', setBy: 'events' }))).toBe('TAG.OWNER_SETS_IT');
    const dibao = Tag.admit({ code: 'dibao', name: '低保户', meaning: 'x', owner: 'assistance', setBy: 'events' });
    expect(errorCodeOf(() => dibao.mustBeSetByHand())).toBe('TAG.OWNED_BY_CONTEXT');
    expect(() => livingAlone().mustBeSetByHand()).not.toThrow();
  });

  it('changes name and meaning but not the code, and refuses a change that changes nothing', () => {
    const tag = livingAlone();
    tag.pullChanges();
    tag.change({ meaning: '60 岁以上独居或与残疾子女同住' });
    expect(tag.snapshot()).toMatchObject({ meaning: '60 岁以上独居或与残疾子女同住', version: 2 });
    expect(tag.pullChanges()).toEqual([{ kind: 'changed' }]);
    expect(errorCodeOf(() => tag.change({ name: '独居老人' }))).toBe('TAG.NOTHING_CHANGED');
  });

  it('withdraws a tag for good, with a reason; a withdrawn tag is neither changed nor set', () => {
    const tag = livingAlone();
    expect(errorCodeOf(() => tag.withdraw(' '))).toBe('TAG.FIELD_INVALID');
    tag.withdraw('并入高龄独居');
    expect(tag.status).toBe('withdrawn');
    expect(errorCodeOf(() => tag.withdraw('again'))).toBe('TAG.WITHDRAWN');
    expect(errorCodeOf(() => tag.change({ name: '独居' }))).toBe('TAG.WITHDRAWN');
    expect(errorCodeOf(() => tag.mustBeSetByHand())).toBe('TAG.WITHDRAWN');
  });

  it("lets only the owning context's events set a context's tag, and close it after withdrawal", () => {
    const dibao = Tag.admit({ code: 'dibao', name: '低保户', meaning: 'x', owner: 'assistance', setBy: 'events' });
    expect(dibao.isSetByEventsOf('assistance')).toBe(true);
    expect(dibao.isSetByEventsOf('eldercare')).toBe(false);
    expect(livingAlone().isSetByEventsOf('community')).toBe(false);
    dibao.withdraw('改由其他标签');
    expect(dibao.isSetByEventsOf('assistance')).toBe(false);
    expect(dibao.isSetByEventsOf('assistance', true)).toBe(true);
  });
});
