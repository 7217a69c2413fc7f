import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Workstation } from './workstation';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const station = () =>
  Workstation.establish(
    { id: 'w1', divisionCode: '310104003', divisionLevel: 'township', name: ' 天平路街道未成年人保护工作站 ', establishedOn: d('2025-06-01') },
    today,
  );
const person = CitizenId.parse('310104197001011234');
const appoint = (s: Workstation, role: 'supervisor' | 'director' = 'director', over: object = {}) =>
  s.appoint({ id: `m${Math.random()}`, citizenId: person, name: '王老师', role, phone: '021-64000000', appointedOn: d('2025-07-01'), ...over }, today);

describe('Workstation', () => {
  it('is established for a sub-district only', () => {
    expect(station().snapshot()).toMatchObject({ divisionCode: '310104003', name: '天平路街道未成年人保护工作站', version: 1 });
    expect(
      errorCodeOf(() => Workstation.establish({ id: 'w', divisionCode: '310104', divisionLevel: 'county', name: 'x', establishedOn: d('2025-06-01') }, today)),
    ).toBe('WORKSTATION.NOT_A_SUB_DISTRICT');
  });

  it('appoints supervisors and directors, one post per person, not before it was established', () => {
    const s = station();
    const director = appoint(s);
    expect(s.director(director.id).name).toBe('王老师');
    expect(errorCodeOf(() => appoint(s, 'supervisor'))).toBe('WORKSTATION.ALREADY_STAFF');
    expect(errorCodeOf(() => appoint(s, 'director', { citizenId: CitizenId.parse('310104197001011250'), appointedOn: d('2025-05-01') }))).toBe(
      'WORKSTATION.OUT_OF_ORDER',
    );
    expect(errorCodeOf(() => appoint(s, 'director', { citizenId: CitizenId.parse('310104197001011250'), phone: 'call me' }))).toBe('WORKSTATION.FIELD_INVALID');
  });

  it('lets a director who left own no case, and releases once', () => {
    const s = station();
    const supervisor = appoint(s, 'supervisor');
    expect(errorCodeOf(() => s.director(supervisor.id))).toBe('WORKSTATION.NOT_A_DIRECTOR');
    const director = appoint(s, 'director', { citizenId: CitizenId.parse('310104197001011250') });
    s.release(director.id, d('2026-01-31'), today);
    expect(errorCodeOf(() => s.director(director.id))).toBe('WORKSTATION.NOT_A_DIRECTOR');
    expect(errorCodeOf(() => s.release(director.id, d('2026-02-01'), today))).toBe('WORKSTATION.STAFF_LEFT');
    expect(s.active().map((m) => m.role)).toEqual(['supervisor']);
  });
});
