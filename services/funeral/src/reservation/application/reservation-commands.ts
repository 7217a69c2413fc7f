import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { afterCommit, CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CEMETERY_REPOSITORY, CemeteryRepository } from '../../cemetery/domain/cemetery.repository';
import { checkVisitors, PERSON_LIMIT, SLOT_FULL } from '../domain/booking-rules';
import { BookingRow, ReservationStore, SlotRow } from '../persistence/reservation.store';
import { SoldOutSlots } from './sold-out-slots';

/** Opening time slots, booking and cancelling places in them. */
@Injectable()
export class ReservationCommands {
  constructor(
    private readonly store: ReservationStore,
    @Inject(CEMETERY_REPOSITORY) private readonly cemeteries: CemeteryRepository,
    private readonly soldOut: SoldOutSlots,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async openSlot(input: { cemeteryId: string; season: string; day: string; startsAt: string; endsAt: string; capacity: number }): Promise<SlotRow> {
    if (!(await this.cemeteries.find(input.cemeteryId)))
      throw new DomainError('CEMETERY.UNKNOWN', `cemeteryId ${input.cemeteryId} is not a known cemetery`, 'invalid', 'cemeteryId');
    const day = BusinessDate.parse(input.day, 'day');
    if (day.isBefore(BusinessDate.today(this.clock))) throw new DomainError('SLOT.IN_PAST', 'a slot cannot open on a past day', 'invalid', 'day');
    if (input.endsAt <= input.startsAt) throw new DomainError('SLOT.TIMES_INVALID', 'endsAt must be after startsAt', 'invalid', 'endsAt');
    const id = randomUUID();
    try {
      await this.store.createSlot({ ...input, id, day: day.toString() });
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'sweeping_slot_cemetery_id_day_starts_at_key') {
        throw new DomainError('SLOT.EXISTS', 'the cemetery already has a slot starting then', 'conflict', 'startsAt');
      }
      throw error;
    }
    return (await this.store.slot(id))!;
  }

  /** 预约: never more places than the slot has, never more bookings than one person may hold. */
  async book(input: { slotId: string; citizenId: string; visitors: number }): Promise<BookingRow> {
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (this.soldOut.isSoldOut(input.slotId)) throw SLOT_FULL();
    const id = randomUUID();
    const today = BusinessDate.today(this.clock);
    const outcome = await this.store.book({ id, slotId: input.slotId, citizenId: citizenId.value, visitors: input.visitors, today: today.toString() });
    if (outcome.slotFound && outcome.freeAfter <= 0) this.soldOut.markSoldOut(input.slotId);
    if (!outcome.slotFound) throw new DomainError('BOOKING.SLOT_UNKNOWN', `slotId ${input.slotId} is not an open slot`, 'invalid', 'slotId');
    if (BusinessDate.parse(outcome.slotDay!).isBefore(today)) throw new DomainError('BOOKING.SLOT_PAST', 'the slot is on a past day', 'rule', 'slotId');
    checkVisitors(input.visitors, { maxVisitorsPerBooking: outcome.maxVisitors, maxBookingsPerPerson: outcome.maxBookings });
    if (!outcome.placesOk) throw SLOT_FULL();
    if (!outcome.quotaOk) throw PERSON_LIMIT(outcome.maxBookings);
    return outcome.booking!;
  }

  async cancel(id: string): Promise<BookingRow> {
    const booking = await this.store.booking(id);
    if (!booking) throw new DomainError('BOOKING.NOT_FOUND', `no booking ${id}`, 'not-found');
    if (!(await this.store.cancel(id))) throw new DomainError('BOOKING.ALREADY_CANCELLED', 'the booking was already cancelled', 'conflict');
    afterCommit(() => this.soldOut.release(booking.slot_id));
    return (await this.store.booking(id))!;
  }
}
