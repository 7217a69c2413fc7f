import { DomainError } from '@civic/domain-kernel';
import { citizenIdForCaller, Command, DistrictScope, pageOf, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ReservationCommands } from '../application/reservation-commands';
import { BookingView, RESERVATION_QUERIES, ReservationQueries, SlotView } from '../application/reservation-queries';
import { Booking } from '../domain/booking-attempt';
import { SoldOutGuard } from './sold-out.guard';
import { BookingListQuery, BookingPage, BookingResponse, BookRequest, OpenSlotRequest, SlotListQuery, SlotPage, SlotResponse } from './reservation.dto';

/** 清明/冬至祭扫预约: time slots with capacity per cemetery, bookings and cancellations. */
@ApiTags('tomb-sweeping')
@Controller('api/v1')
export class ReservationsController {
  constructor(
    private readonly commands: ReservationCommands,
    @Inject(RESERVATION_QUERIES) private readonly queries: ReservationQueries,
  ) {}

  @Post('sweeping-slots')
  @RequirePermission('sweeping.manage')
  @Command({ action: 'sweeping-slot.open', resourceType: 'sweeping-slot', idempotent: true, resourceId: (_p, r) => (r as SlotResponse | undefined)?.id })
  @ApiOperation({ summary: 'Open a time slot with its capacity at a cemetery' })
  @ApiCreatedResponse({ type: SlotResponse })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async openSlot(@Body() body: OpenSlotRequest): Promise<SlotResponse> {
    return slotResponse((await this.queries.slot(await this.commands.openSlot(body)))!);
  }

  @Get('sweeping-slots')
  @RequirePermission('sweeping.read')
  @ApiOperation({ summary: 'Slots with places booked and available, by cemetery, season and day' })
  @ApiOkResponse({ type: SlotPage })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async slots(@Query() query: SlotListQuery): Promise<SlotPage> {
    const { items, total } = await this.queries.slots(query, query);
    return pageOf(items.map(slotResponse), total, query);
  }

  @Get('sweeping-slots/:id')
  @RequirePermission('sweeping.read')
  @ApiOkResponse({ type: SlotResponse })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async slot(@Param('id', UUID) id: string): Promise<SlotResponse> {
    const slot = await this.queries.slot(id);
    if (!slot) throw new DomainError('SLOT.NOT_FOUND', `no slot ${id}`, 'not-found');
    return slotResponse(slot);
  }

  @Post('sweeping-bookings')
  @RequirePermission('sweeping.book')
  @UseGuards(SoldOutGuard)
  @Command({
    action: 'sweeping-booking.book',
    resourceType: 'sweeping-booking',
    idempotent: true,
    resourceId: (_p, r) => (r as BookingResponse | undefined)?.id,
  })
  @ApiOperation({ summary: 'Book places in a slot (预约); never beyond its capacity or the per-person limit' })
  @ApiCreatedResponse({ type: BookingResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the slot is full (booking.slot-full)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'per-person or per-booking limit (booking.person-limit, booking.too-many-visitors)' })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async book(@Body() body: BookRequest): Promise<BookingResponse> {
    return bookingResponse(bookingView(await this.commands.book(body)));
  }

  @Get('sweeping-bookings')
  @RequirePermission('sweeping.read')
  @ApiOkResponse({ type: BookingPage })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async bookings(@Query() query: BookingListQuery): Promise<BookingPage> {
    const { items, total } = await this.queries.bookings(query, query);
    return pageOf(items.map(bookingResponse), total, query);
  }

  @Post('sweeping-bookings/:id/cancellation')
  @HttpCode(200)
  @RequirePermission('sweeping.book')
  @Command({ action: 'sweeping-booking.cancel', resourceType: 'sweeping-booking', resourceId: (p) => p.id })
  @ApiOperation({ summary: 'Cancel a booking: its places become free again' })
  @ApiOkResponse({ type: BookingResponse })
  @DistrictScope.cityWide('祭扫预约 is one public booking service for the whole city')
  async cancel(@Param('id', UUID) id: string): Promise<BookingResponse> {
    return bookingResponse((await this.queries.booking(await this.commands.cancel(id)))!);
  }
}

function slotResponse(s: SlotView): SlotResponse {
  return { ...s, available: s.capacity - s.booked };
}

function bookingView(b: Booking): BookingView {
  return { ...b, createdAt: b.createdAt.toISOString() };
}

function bookingResponse(b: BookingView): BookingResponse {
  return { ...b, citizenId: citizenIdForCaller('funeral', b.citizenId) };
}
