import { BusinessDate, DomainError } from '@civic/domain-kernel';
import { BookingAttempt, bookingRefusal } from './booking-attempt';

const today = BusinessDate.parse('2027-03-20');
const booked: BookingAttempt = {
  slotFound: true,
  slotDay: BusinessDate.parse('2027-04-04'),
  placesOk: true,
  quotaOk: true,
  policy: { maxBookingsPerPerson: 2, maxVisitorsPerBooking: 5 },
  freeAfter: 10,
  booking: null,
};
const codeOf = (attempt: BookingAttempt, visitors = 2) => {
  try {
    return bookingRefusal(attempt, visitors, today, 's1')?.code ?? null;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('the outcome of a booking attempt (祭扫预约)', () => {
  it.each([
    ['booked', booked, 2, null],
    ['an unknown slot', { ...booked, slotFound: false, slotDay: null }, 2, 'BOOKING.SLOT_UNKNOWN'],
    ['a past slot', { ...booked, slotDay: BusinessDate.parse('2027-03-19') }, 2, 'BOOKING.SLOT_PAST'],
    ['six visitors for a limit of five', booked, 6, 'BOOKING.TOO_MANY_VISITORS'],
    ['no places left', { ...booked, placesOk: false }, 2, 'BOOKING.SLOT_FULL'],
    ['the season limit reached', { ...booked, quotaOk: false }, 2, 'BOOKING.PERSON_LIMIT'],
    ['full and at the limit: the slot is named first', { ...booked, placesOk: false, quotaOk: false }, 2, 'BOOKING.SLOT_FULL'],
  ] as const)('%s', (_what, attempt, visitors, code) => {
    expect(codeOf(attempt, visitors)).toBe(code);
  });
});
