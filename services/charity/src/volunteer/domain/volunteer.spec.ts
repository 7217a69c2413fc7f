import { BusinessDate, checkCharacterOf, errorCodeOf } from '@civic/domain-kernel';
import { issueCertificate } from './service-certificate';
import { Volunteer } from './volunteer';

const d = (text: string) => BusinessDate.parse(text);
const body = '31010419800101123';
const citizenId = body + checkCharacterOf(body);
const registered = () => {
  const volunteer = Volunteer.register({ id: 'v1', citizenId, name: '王志愿', divisionCode: '310104003', registeredOn: d('2025-01-01') });
  volunteer.join('o1', d('2025-02-01'));
  return volunteer;
};

describe('Volunteer (志愿服务记录)', () => {
  it('records service hours with the organisations joined, to one decimal', () => {
    const volunteer = registered();
    volunteer.pullChanges();
    volunteer.serve('o1', d('2025-03-01'), 2.5, '社区助老');
    expect(volunteer.pullChanges()).toEqual([{ kind: 'served', organisationId: 'o1', on: d('2025-03-01'), tenthsOfHours: 25, activity: '社区助老' }]);
  });

  it.each([
    ['o2', '2025-03-01', 2, 'VOLUNTEER.NOT_MEMBER'],
    ['o1', '2025-01-15', 2, 'VOLUNTEER.NOT_MEMBER'],
    ['o1', '2025-03-01', 0, 'VOLUNTEER.HOURS_INVALID'],
    ['o1', '2025-03-01', 24.5, 'VOLUNTEER.HOURS_INVALID'],
    ['o1', '2025-03-01', 1.25, 'VOLUNTEER.HOURS_INVALID'],
  ])('refuses service with %s on %s for %d hours (%s)', (organisationId, on, hours, code) => {
    expect(errorCodeOf(() => registered().serve(organisationId, d(on), hours, '助老'))).toBe(code);
  });

  it('joins an organisation once, and takes nothing once closed', () => {
    const volunteer = registered();
    expect(errorCodeOf(() => volunteer.join('o1', d('2025-03-01')))).toBe('VOLUNTEER.ALREADY_MEMBER');
    volunteer.close(d('2026-03-15'), '死亡');
    expect(volunteer.snapshot()).toMatchObject({ status: 'closed', closure: { on: d('2026-03-15'), reason: '死亡' } });
    expect(errorCodeOf(() => volunteer.serve('o1', d('2026-03-16'), 1, '助老'))).toBe('VOLUNTEER.CLOSED');
    expect(errorCodeOf(() => volunteer.close(d('2026-03-16'), '死亡'))).toBe('VOLUNTEER.CLOSED');
  });

  it('certifies the hours recorded, with the citizen ID masked, and nothing without them', () => {
    const volunteer = { id: 'v1', name: '王志愿', citizenId };
    const certificate = issueCertificate({
      number: 'ZY-1',
      volunteer,
      totals: { tenthsOfHours: 125, records: 5, firstServedOn: d('2025-03-01'), lastServedOn: d('2025-06-01') },
      issuedOn: d('2026-01-01'),
    });
    expect(certificate).toMatchObject({ hours: '12.5', records: 5, citizenIdMasked: expect.stringContaining('*') });
    expect(
      errorCodeOf(() =>
        issueCertificate({
          number: 'ZY-2',
          volunteer,
          totals: { tenthsOfHours: 0, records: 0, firstServedOn: null, lastServedOn: null },
          issuedOn: d('2026-01-01'),
        }),
      ),
    ).toBe('VOLUNTEER.NO_SERVICE_RECORDED');
  });
});

describe('Volunteer closed by a death registered in error', () => {
  const closed = () => {
    const volunteer = registered();
    volunteer.close(d('2026-03-15'), '死亡');
    volunteer.pullChanges();
    return volunteer;
  };

  it('reopens when the death is revoked, and moves the closure when its date is corrected', () => {
    const revoked = closed();
    revoked.deathRevoked();
    expect(revoked.snapshot()).toMatchObject({ status: 'active', closure: null });
    const corrected = closed();
    corrected.deathCorrected(d('2026-03-10'));
    expect(corrected.snapshot().closure).toEqual({ on: d('2026-03-10'), reason: '死亡' });
  });

  it('leaves a record closed for another reason, or open, as it is', () => {
    const quit = registered();
    quit.close(d('2026-03-15'), '本人申请注销');
    quit.deathRevoked();
    expect(quit.snapshot().status).toBe('closed');
    const open = registered();
    const version = open.version;
    open.deathCorrected(d('2026-03-10'));
    expect(open.version).toBe(version);
  });
});
