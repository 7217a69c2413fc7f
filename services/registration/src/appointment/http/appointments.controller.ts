import { citizenIdForCaller, Command, DistrictScope, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppointmentCommands } from '../application/appointment-commands';
import { APPOINTMENT_QUERIES, AppointmentQueries, AppointmentView, appointmentView } from '../application/appointment-queries';
import { AppointmentResponse, BookAppointmentRequest, OfficeQuery, OfficeResponse } from './appointment.dto';

/** 婚姻登记预约 at registry offices with daily capacity. */
@ApiTags('appointments')
@Controller('api/v1')
export class AppointmentsController {
  constructor(
    private readonly commands: AppointmentCommands,
    @Inject(APPOINTMENT_QUERIES) private readonly queries: AppointmentQueries,
  ) {}

  @Get('registry-offices')
  @RequirePermission('appointment.read')
  @ApiOkResponse({ type: [OfficeResponse] })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async offices(@Query() query: OfficeQuery): Promise<OfficeResponse[]> {
    return this.queries.offices(query.day);
  }

  @Post('appointments')
  @RequirePermission('appointment.book')
  @Command({ action: 'appointment.book', resourceType: 'appointment', idempotent: true, resourceId: (_p, r) => (r as AppointmentResponse | undefined)?.id })
  @ApiOperation({ summary: 'Book an appointment; never more than the office’s daily capacity' })
  @ApiCreatedResponse({ type: AppointmentResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async book(@Body() body: BookAppointmentRequest): Promise<AppointmentResponse> {
    return toResponse(appointmentView(await this.commands.book(body)));
  }

  @Post('appointments/:id/cancellation')
  @HttpCode(200)
  @RequirePermission('appointment.book')
  @Command({ action: 'appointment.cancel', resourceType: 'appointment', resourceId: (p) => p.id })
  @ApiOkResponse({ type: AppointmentResponse })
  @DistrictScope.cityWide('跨区通办: any registry office in the city serves any resident')
  async cancel(@Param('id', UUID) id: string): Promise<AppointmentResponse> {
    return toResponse(appointmentView(await this.commands.cancel(id)));
  }
}

function toResponse(a: AppointmentView): AppointmentResponse {
  return { ...a, citizenIds: a.citizenIds.map((c) => citizenIdForCaller('registration', c)) };
}
