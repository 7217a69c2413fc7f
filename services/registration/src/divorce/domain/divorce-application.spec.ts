import { BusinessDate } from '@civic/domain-kernel';
import { DivorceApplication } from './divorce-application';

const day = (d: string) => BusinessDate.parse(d);
const applied = () => DivorceApplication.apply('d', 'm', ['A', 'B'], day('2027-03-01'));

describe('divorce by agreement with the cooling-off period', () => {
  it('refuses the certificate during the 30 days, and registers it when both ask in the following 30', () => {
    const d = applied();
    expect(() => d.requestCertificate('A', day('2027-03-13'))).toThrow(/cooling-off period runs until 2027-03-31/);
    expect(() => d.requestCertificate('A', day('2027-03-31'))).toThrow(/cooling-off/);
    expect(d.requestCertificate('A', day('2027-04-01'))).toBe(false);
    expect(d.requestCertificate('B', day('2027-04-30'))).toBe(true);
    expect(d.snapshot()).toMatchObject({ status: 'divorced', closedOn: day('2027-04-30') });
  });
  it('lets either party withdraw within the 30 days, not after', () => {
    const d = applied();
    d.withdraw('B', day('2027-03-31'));
    expect(d.snapshot()).toMatchObject({ status: 'withdrawn', withdrawnBy: 'B' });
    expect(() => applied().withdraw('A', day('2027-04-01'))).toThrow(/ended on 2027-03-31/);
    expect(() => applied().withdraw('C', day('2027-03-02'))).toThrow(/not a party/);
  });
  it('lapses when both have not asked by the deadline; lapsing again changes nothing', () => {
    const d = applied();
    d.requestCertificate('A', day('2027-04-10'));
    expect(d.lapseIfDue(day('2027-04-30'))).toBe(false);
    expect(d.lapseIfDue(day('2027-05-01'))).toBe(true);
    expect(d.lapseIfDue(day('2027-05-02'))).toBe(false);
    expect(d.snapshot().status).toBe('lapsed');
    expect(() => d.requestCertificate('B', day('2027-05-02'))).toThrow(/lapsed/);
  });
});
