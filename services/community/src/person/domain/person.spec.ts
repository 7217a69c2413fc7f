import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Person } from './person';

const d = (text: string) => BusinessDate.parse(text);
const home = { dwellingId: 'd1', committeeCode: '310104003001' };
const other = { dwellingId: 'd2', committeeCode: '310104004002' };
const resident = () => {
  const p = Person.register({ id: 'p1', citizenId: CitizenId.parse('310104195001011235'), name: '王建国', dwelling: home, on: d('2026-01-01') });
  p.pullChanges();
  return p;
};

describe('persons (人) of the community cloud', () => {
  it('enter the cloud by living in a dwelling', () => {
    const p = Person.register({ id: 'p1', citizenId: CitizenId.parse('310104195001011235'), name: '王建国', dwelling: home, on: d('2026-01-01') });
    expect(p.snapshot()).toMatchObject({ status: 'resident', committeeCode: '310104003001', dwelling: home });
    expect(p.pullChanges().map((c) => c.kind)).toEqual(['registered', 'moved']);
  });

  it('live in one dwelling at a time: moving in while housed is refused, moving between dwellings is one move', () => {
    const p = resident();
    expect(errorCodeOf(() => p.moveIn(other, d('2026-03-01')))).toBe('PERSON.ALREADY_HOUSED');
    expect(errorCodeOf(() => p.moveTo(home, d('2026-03-01')))).toBe('PERSON.SAME_DWELLING');
    p.moveTo(other, d('2026-03-01'));
    expect(p.snapshot()).toMatchObject({ dwelling: other, committeeCode: '310104004002' });
    expect(p.pullChanges()).toEqual([{ kind: 'moved', from: home, to: other, on: d('2026-03-01'), reason: '迁移' }]);
  });

  it('move out and back in; a person living nowhere is neither moved nor tagged', () => {
    const p = resident();
    p.moveOut(d('2026-04-01'), '迁往外省');
    expect(p.snapshot()).toMatchObject({ status: 'moved-out', dwelling: null, committeeCode: '310104003001' });
    expect(errorCodeOf(() => p.moveTo(other, d('2026-05-01')))).toBe('PERSON.NOT_HOUSED');
    expect(errorCodeOf(() => p.tag('living-alone-elder', '独居', new Date()))).toBe('PERSON.NOT_HOUSED');
    p.moveIn(other, d('2026-06-01'));
    expect(p.snapshot().status).toBe('resident');
  });

  it('hold a tag once, and untag only what they hold', () => {
    const p = resident();
    p.tag('living-alone-elder', '走访核实独居', new Date('2026-03-01T02:00:00Z'));
    expect(errorCodeOf(() => p.tag('living-alone-elder', 'again', new Date()))).toBe('PERSON.ALREADY_TAGGED');
    expect(p.hasTag('living-alone-elder')).toBe(true);
    p.untag('living-alone-elder', '子女已同住');
    expect(errorCodeOf(() => p.untag('living-alone-elder', 'again'))).toBe('PERSON.NOT_TAGGED');
    expect(p.pullChanges().map((c) => c.kind)).toEqual(['tagged', 'untagged']);
  });

  it('close every tag and the residence at death, once; the dead are not moved or tagged', () => {
    const p = resident();
    p.tag('living-alone-elder', '独居', new Date());
    p.tag('dibao', '低保待遇', new Date());
    p.pullChanges();
    expect(p.die(d('2026-05-03'))).toBe(true);
    expect(p.pullChanges()).toEqual([
      { kind: 'untagged', tag: 'living-alone-elder', reason: '死亡' },
      { kind: 'untagged', tag: 'dibao', reason: '死亡' },
      { kind: 'moved', from: home, to: null, on: d('2026-05-03'), reason: '死亡' },
      { kind: 'died', on: d('2026-05-03') },
    ]);
    expect(p.snapshot()).toMatchObject({ status: 'deceased', tags: [], dwelling: null });
    expect(p.die(d('2026-05-03'))).toBe(false);
    expect(errorCodeOf(() => p.moveIn(other, d('2026-06-01')))).toBe('PERSON.DECEASED');
    expect(errorCodeOf(() => p.tag('disabled', 'x', new Date()))).toBe('PERSON.DECEASED');
  });
});
