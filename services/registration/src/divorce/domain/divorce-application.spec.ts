import { BusinessDate } from '@civic/domain-kernel';
import { DivorceApplication } from './divorce-application';

const day = (d: string) => BusinessDate.parse(d);
const applied = () => DivorceApplication.apply('d', 'm', ['A', 'B'], day('2027-03-01'), 'clerk');

describe('divorce by agreement with the cooling-off period', () => {
  it('refuses the certificate during the 30 days, and registers it when both ask in the following 30', () => {
    const d = applied();
    expect(() => d.requestCertificate('A', day('2027-03-13'), true)).toThrow(/cooling-off period runs until 2027-03-31/);
    expect(() => d.requestCertificate('A', day('2027-03-31'), true)).toThrow(/cooling-off/);
    expect(d.requestCertificate('A', day('2027-04-01'), true)).toBe(false);
    expect(d.requestCertificate('B', day('2027-04-30'), true)).toBe(true);
    expect(d.snapshot()).toMatchObject({ status: 'divorced', closedOn: day('2027-04-30') });
  });
  it('counts the 30 days as the Civil Code counts periods: an end in a holiday moves to the next working day', () => {
    const d = DivorceApplication.apply('d', 'm', ['A', 'B'], day('2026-09-01'), 'clerk');
    // 30 days from 1 September end on 1 October, in the National Day holiday (1-7 October).
    expect(d.coolingOffEnds.toString()).toBe('2026-10-08');
    d.withdraw('A', day('2026-10-08'));
    expect(d.snapshot().status).toBe('withdrawn');
    expect(DivorceApplication.apply('d', 'm', ['A', 'B'], day('2026-09-01'), 'clerk').certificateDeadline.toString()).toBe('2026-11-09');
  });

  it('lets either party withdraw within the 30 days, not after', () => {
    const d = applied();
    d.withdraw('B', day('2027-03-31'));
    expect(d.snapshot()).toMatchObject({ status: 'withdrawn', withdrawnBy: 'B' });
    expect(() => applied().withdraw('A', day('2027-04-01'))).toThrow(/ended on 2027-03-31/);
    expect(() => applied().withdraw('C', day('2027-03-02'))).toThrow(/not a party/);
  });
  it('ends when a party dies before the divorce is registered: no certificate can follow (Civil Code art. 1078)', () => {
    const d = applied();
    d.requestCertificate('A', day('2027-04-02'), true);
    expect(d.endByDeathOf('B', day('2027-04-05'))).toBe(true);
    expect(d.snapshot()).toMatchObject({ status: 'ended-by-death', closedOn: day('2027-04-05') });
    expect(() => d.requestCertificate('B', day('2027-04-06'), true)).toThrow(/ended-by-death/);
    expect(d.endByDeathOf('A', day('2027-04-07'))).toBe(false);
    expect(d.lapseIfDue(day('2027-06-01'))).toBe(false);
  });
  it('is not ended by the death of someone else, nor once the divorce is registered', () => {
    expect(applied().endByDeathOf('C', day('2027-03-05'))).toBe(false);
    const divorced = applied();
    divorced.requestCertificate('A', day('2027-04-01'), true);
    divorced.requestCertificate('B', day('2027-04-01'), true);
    expect(divorced.endByDeathOf('A', day('2027-04-02'))).toBe(false);
    expect(divorced.snapshot().status).toBe('divorced');
  });
  it('lapses when both have not asked by the deadline; lapsing again changes nothing', () => {
    const d = applied();
    d.requestCertificate('A', day('2027-04-10'), true);
    expect(d.lapseIfDue(day('2027-04-30'))).toBe(false);
    expect(d.lapseIfDue(day('2027-05-01'))).toBe(true);
    expect(d.lapseIfDue(day('2027-05-02'))).toBe(false);
    expect(d.snapshot().status).toBe('lapsed');
    expect(() => d.requestCertificate('B', day('2027-05-02'), true)).toThrow(/lapsed/);
  });
});

describe('in person (Civil Code art. 1076)', () => {
  it('is applied for and collected by the parties themselves', () => {
    expect(() => DivorceApplication.apply('d', 'm', ['A', 'B'], day('2027-03-01'), null)).toThrow(/in person/);
    const d = DivorceApplication.apply('d', 'm', ['A', 'B'], day('2027-03-01'), 'clerk');
    expect(d.snapshot().inPersonVerifiedBy).toBe('clerk');
    expect(() => d.requestCertificate('A', day('2027-04-01'), false)).toThrow(/collecting a divorce certificate is made in person/);
  });
});
