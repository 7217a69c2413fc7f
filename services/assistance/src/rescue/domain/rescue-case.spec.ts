import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { RescueCase } from './rescue-case';

const on = BusinessDate.parse('2026-01-15');
const intake = () => RescueCase.intake({ id: 'r', foundDivisionCode: '310101002', foundOn: on, foundPlace: '人民广场', description: '老年男性，神志不清' }, on);

it('refuses an intake found after today', () => {
  expect(errorCodeOf(() => RescueCase.intake({ id: 'r', foundDivisionCode: '310101002', foundOn: on.addDays(1), foundPlace: 'x', description: 'y' }, on))).toBe(
    'RESCUE.FOUND_IN_FUTURE',
  );
});

describe('RescueCase', () => {
  it('is sheltered, searched for, identified, reunited and closed with that outcome', () => {
    const c = intake();
    c.admitToShelter('救助站', on);
    c.recordSearch(on, '人脸识别', '疑似');
    c.identify('11010519491231002x', '王某');
    c.resolve('reunited', '家属接回', on);
    c.close(on);
    expect(c.snapshot()).toMatchObject({ status: 'closed', citizenId: '11010519491231002X', outcome: { kind: 'reunited' }, version: 6 });
  });
  it('refuses reunion before identification and closure without an outcome', () => {
    const c = intake();
    expect(() => c.resolve('reunited', 'x', on)).toThrow(/cannot reunite while the case is intake/);
    expect(() => c.close(on)).toThrow(/needs an outcome/);
    c.close(on, { kind: 'left-voluntarily', detail: '自行离站' });
    expect(() => c.close(on)).toThrow(/already closed/);
  });
  it('refuses an invalid ID number', () => {
    expect(() => intake().identify('110105194912310021', 'x')).toThrow(/check character/);
  });
});
