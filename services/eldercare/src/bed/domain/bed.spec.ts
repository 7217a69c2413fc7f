import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Bed, BedFacility } from './bed';
import { admissionAllowed, checkCapacity } from './bed-rules';
import { Residency } from './residency';

const institution: BedFacility = { id: 'f1', divisionCode: '310104003', filed: true, residential: true };
const today = BusinessDate.parse('2026-06-01');

describe('Bed (床位)', () => {
  it('is added to a residential facility in its division, in service', () => {
    expect(Bed.add({ id: 'b1', facility: institution, code: ' 3F-301-1 ', kind: 'general' }).snapshot()).toMatchObject({
      code: '3F-301-1',
      divisionCode: '310104003',
      status: 'in-service',
      homeAddress: null,
    });
  });

  it('is set up at an elder’s home as a family care bed, in the home’s division, served by any filed facility', () => {
    const bed = Bed.add({
      id: 'b2',
      facility: { ...institution, residential: false },
      code: 'H1',
      kind: 'family-care',
      homeAddress: '天平路1号',
      homeDivisionCode: '310104004',
    });
    expect(bed.snapshot()).toMatchObject({ kind: 'family-care', divisionCode: '310104004', homeAddress: '天平路1号' });
  });

  it.each([
    [{ kind: 'sofa' }, 'BED.KIND_UNKNOWN'],
    [{ facility: { ...institution, residential: false } }, 'BED.FACILITY_NOT_RESIDENTIAL'],
    [{ facility: { ...institution, filed: false } }, 'FACILITY.FILING_REVOKED'],
    [{ kind: 'family-care', homeDivisionCode: '310104004' }, 'BED.HOME_REQUIRED'],
    [{ kind: 'general', homeAddress: '天平路1号' }, 'BED.HOME_NOT_ALLOWED'],
    [{ code: '' }, 'BED.FIELD_INVALID'],
  ])('refuses %j (%s)', (more, code) => {
    expect(errorCodeOf(() => Bed.add({ id: 'b', facility: institution, code: 'A1', kind: 'general', ...more }))).toBe(code);
  });

  it('is withdrawn only when vacant, once', () => {
    const bed = Bed.add({ id: 'b1', facility: institution, code: 'A1', kind: 'general' });
    expect(errorCodeOf(() => bed.withdraw('改作活动室', true))).toBe('BED.OCCUPIED');
    bed.withdraw('改作活动室', false);
    expect(bed.inService).toBe(false);
    expect(errorCodeOf(() => bed.withdraw('again', false))).toBe('BED.WITHDRAWN');
  });

  it('counts facility beds against the licensed places, family care beds not', () => {
    expect(errorCodeOf(() => checkCapacity('general', 20, 20))).toBe('BED.OVER_CAPACITY');
    expect(() => checkCapacity('general', 19, 20)).not.toThrow();
    expect(() => checkCapacity('family-care', 20, 20)).not.toThrow();
  });

  it('gives basic-guarantee beds only through the waiting list', () => {
    expect(errorCodeOf(() => admissionAllowed('basic-guarantee', false))).toBe('BED.WAITING_LIST_ONLY');
    expect(() => admissionAllowed('basic-guarantee', true)).not.toThrow();
    expect(() => admissionAllowed('general', false)).not.toThrow();
  });
});

describe('Residency (入住)', () => {
  const admitted = () =>
    Residency.admit(
      {
        id: 'r1',
        bedId: 'b1',
        facilityId: 'f1',
        divisionCode: '310104003',
        citizenId: CitizenId.parse('310104195001011235'),
        name: ' 王秀英 ',
        admittedOn: BusinessDate.parse('2026-05-20'),
        offerId: null,
      },
      today,
    );

  it('admits on a date not later than today and discharges once, between admission and today', () => {
    const residency = admitted();
    expect(residency.pullChanges()).toEqual([{ kind: 'admitted' }]);
    expect(errorCodeOf(() => residency.discharge(BusinessDate.parse('2026-05-19'), 'left', today))).toBe('RESIDENT.DISCHARGE_DATE_INVALID');
    expect(errorCodeOf(() => residency.discharge(BusinessDate.parse('2026-06-02'), 'left', today))).toBe('RESIDENT.DISCHARGE_DATE_INVALID');
    expect(errorCodeOf(() => residency.discharge(today, 'escaped', today))).toBe('RESIDENT.DISCHARGE_REASON_UNKNOWN');
    residency.discharge(today, 'deceased', today);
    expect(residency.snapshot()).toMatchObject({ dischargeReason: 'deceased', version: 2 });
    expect(errorCodeOf(() => residency.discharge(today, 'left', today))).toBe('RESIDENT.ALREADY_DISCHARGED');
  });

  it('refuses an admission dated later than today', () => {
    expect(errorCodeOf(() => Residency.admit({ ...admitted().snapshot(), id: 'r2', admittedOn: BusinessDate.parse('2026-06-02'), offerId: null }, today))).toBe(
      'RESIDENT.ADMITTED_IN_FUTURE',
    );
  });
});
