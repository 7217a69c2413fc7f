import { BusinessDate, CitizenId } from '@civic/domain-kernel';
import { checkMarriage, Party } from './marriage-rules';

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const id = (birth: string, seq: string) => {
  const body = `310104${birth}${seq}`;
  return CitizenId.parse(body + '10X98765432'[[...body].reduce((s, d, i) => s + Number(d) * W[i], 0) % 11]);
};
const man = (birth = '19950101', status: Party['status'] = 'unmarried'): Party => ({ citizenId: id(birth, '011'), name: '男', status });
const woman = (birth = '19970101', status: Party['status'] = 'unmarried'): Party => ({ citizenId: id(birth, '022'), name: '女', status });
const on = BusinessDate.parse('2027-01-01');

describe('marriage conditions', () => {
  it('accepts a man of 22 and a woman of 20 who are not married and declare no prohibited kinship', () => {
    expect(() => checkMarriage(man('20050101'), woman('20070101'), on, true)).not.toThrow();
    expect(() => checkMarriage(man(), woman('19600101', 'widowed'), on, true)).not.toThrow();
  });
  it.each([
    ['a man under 22', () => checkMarriage(man('20050102'), woman(), on, true), 'MARRIAGE.UNDERAGE', 'partyA.citizenId'],
    ['a woman under 20', () => checkMarriage(man(), woman('20070102'), on, true), 'MARRIAGE.UNDERAGE', 'partyB.citizenId'],
    ['a party already married', () => checkMarriage(man(), woman(undefined, 'married'), on, true), 'MARRIAGE.PARTY_MARRIED', 'partyB.citizenId'],
    ['no kinship declaration', () => checkMarriage(man(), woman(), on, false), 'MARRIAGE.PROHIBITED_KINSHIP', 'declaredNoProhibitedKinship'],
    ['two men', () => checkMarriage(man(), { ...man('19900101'), citizenId: id('19900101', '033') }, on, true), 'MARRIAGE.SAME_SEX', 'partyB.citizenId'],
  ])('refuses %s, naming the rule and the party', (_what, check, code, field) => {
    expect(check).toThrow(expect.objectContaining({ code, field }));
  });
});
