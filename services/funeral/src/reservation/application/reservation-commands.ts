import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { afterCommit, CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CEMETERY_REPOSITORY, CemeteryRepository } from '../../cemetery/domain/cemetery.repository';
import { Booking, bookingRefusal } from '../domain/booking-attempt';
import { SLOT_FULL } from '../domain/booking-rules';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../domain/reservation.repository';
import { SoldOutSlots } from './sold-out-slots';

/** Opening time slots, booking and cancelling places in them. */
@Injectable()
export class ReservationCommands {
  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    @Inject(CEMETERY_REPOSITORY) private readonly cemeteries: CemeteryRepository,
    private readonly soldOut: SoldOutSlots,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Opens a slot and returns its id. */
  async openSlot(input: { cemeteryId: string; season: string; day: string; startsAt: string; endsAt: string; capacity: number }): Promise<string> {
    if (!(await this.cemeteries.find(input.cemeteryId)))
      throw new DomainError('CEMETERY.UNKNOWN', `cemeteryId ${input.cemeteryId} is not a known cemetery`, 'invalid', 'cemeteryId');
    const day = BusinessDate.parse(input.day, 'day');
    if (day.isBefore(BusinessDate.today(this.clock))) throw new DomainError('SLOT.IN_PAST', 'a slot cannot open on a past day', 'invalid', 'day');
    if (input.endsAt <= input.startsAt) throw new DomainError('SLOT.TIMES_INVALID', 'endsAt must be after startsAt', 'invalid', 'endsAt');
    const id = randomUUID();
    await this.reservations.openSlot({ ...input, id, day });
    return id;
  }

  /** 预约: never more places than the slot has, never more bookings than one person may hold. */
  async book(input: { slotId: string; citizenId: string; visitors: number }): Promise<Booking> {
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (this.soldOut.isSoldOut(input.slotId)) throw SLOT_FULL();
    const today = BusinessDate.today(this.clock);
    const attempt = await this.reservations.attemptBooking({
      id: randomUUID(),
      slotId: input.slotId,
      citizenId: citizenId.value,
      visitors: input.visitors,
      today,
    });
    if (attempt.slotFound && attempt.freeAfter <= 0) this.soldOut.markSoldOut(input.slotId);
    const refusal = bookingRefusal(attempt, input.visitors, today, input.slotId);
    if (refusal) throw refusal;
    return attempt.booking!;
  }

  /** Cancels and returns the booking's id; its places become free again. */
  async cancel(id: string): Promise<string> {
    const result = await this.reservations.cancel(id);
    if (!result) throw new DomainError('BOOKING.NOT_FOUND', `no booking ${id}`, 'not-found');
    if (!result.cancelled) throw new DomainError('BOOKING.ALREADY_CANCELLED', 'the booking was already cancelled', 'conflict');
    afterCommit(() => this.soldOut.release(result.slotId));
    return id;
  }
}
