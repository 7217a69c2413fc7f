import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { Appointment } from './appointment';
import { dayHasPlace, RegistryOffice } from './registry-office';

const xuhui: RegistryOffice = { code: '310104', name: '徐汇区婚姻登记处', dailyCapacity: 2, foreignRelated: false };
const pudong: RegistryOffice = { code: '310115', name: '浦东新区婚姻登记处', dailyCapacity: 2, foreignRelated: true };
const today = BusinessDate.parse('2027-05-19');
const book = (office: RegistryOffice, day: string, foreignRelated = false) =>
  Appointment.book({
    id: 'a1',
    office,
    day: BusinessDate.parse(day),
    today,
    kind: 'marriage',
    foreignRelated,
    citizenIds: [CitizenId.parse('110105199001011232')],
  });

describe('appointment (婚姻登记预约)', () => {
  it.each([
    ['today', () => book(xuhui, '2027-05-19'), 'APPOINTMENT.NOT_FUTURE'],
    ['a foreign-related case at an office not designated for it', () => book(xuhui, '2027-05-20', true), 'APPOINTMENT.OFFICE_NOT_DESIGNATED'],
    ['a Saturday, when offices are closed', () => book(xuhui, '2027-05-22'), 'APPOINTMENT.OFFICE_CLOSED'],
    ['a day beyond the 90-day booking horizon', () => book(xuhui, '2027-08-18'), 'APPOINTMENT.BEYOND_HORIZON'],
  ])('refuses %s', (_what, attempt, code) => {
    expect(errorCodeOf(attempt)).toBe(code);
  });

  it('books the last day of the horizon, and closes on public holidays', () => {
    expect(book(xuhui, '2027-08-17').snapshot().day.toString()).toBe('2027-08-17');
    const inOctober = (day: string) =>
      Appointment.book({
        id: 'a2',
        office: xuhui,
        day: BusinessDate.parse(day),
        today: BusinessDate.parse('2026-09-01'),
        kind: 'marriage',
        foreignRelated: false,
        citizenIds: [],
      });
    expect(errorCodeOf(() => inOctober('2026-10-05'))).toBe('APPOINTMENT.OFFICE_CLOSED'); // 国庆
    expect(inOctober('2026-10-10').snapshot().status).toBe('booked'); // a Saturday worked (调休)
  });

  it('books a foreign-related case at a designated office, and cancels once', () => {
    const appointment = book(pudong, '2027-05-20', true);
    expect(appointment.pullChanges()).toEqual([{ kind: 'booked' }]);
    appointment.cancel();
    expect(appointment.pullChanges()).toEqual([{ kind: 'cancelled' }]);
    expect(errorCodeOf(() => appointment.cancel())).toBe('APPOINTMENT.ALREADY_CANCELLED');
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
    [3, false],
  ])('a day with %i booked of 2 has a place: %s', (booked, expected) => {
    expect(dayHasPlace(booked, xuhui)).toBe(expected);
  });
});
