import { citizenIdForCaller, Command, DATE, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { AppointmentCommands } from '../application/appointment-commands';
import { AppointmentRow, AppointmentStore } from '../persistence/appointment.store';

const KINDS = ['marriage', 'divorce', 'adoption', 'reissue'];

export class BookAppointmentRequest {
  @ApiProperty({ example: '310115', description: 'any registry office of the city (跨区通办)' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;

  @ApiProperty({ format: 'date', example: '2027-05-20' })
  @Matches(DATE, { message: 'day must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'day must be a calendar date' })
  day: string;

  @ApiProperty({ enum: KINDS, description: 'marriage 结婚 | divorce 离婚 | adoption 收养 | reissue 补领' })
  @IsIn(KINDS)
  kind: string;

  @ApiProperty({ description: 'a foreign, Hong Kong, Macao or Taiwan party: only at designated offices (涉外)' })
  @IsBoolean()
  foreignRelated: boolean;

  @ApiProperty({ type: [String], example: ['110105199001011232'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsString({ each: true })
  citizenIds: string[];
}

export class AppointmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() officeCode: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() foreignRelated: boolean;
  @ApiProperty({ type: [String] }) citizenIds: string[];
  @ApiProperty({ enum: ['booked', 'cancelled'] }) status: string;
}

export class OfficeResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() dailyCapacity: number;
  @ApiProperty({ description: 'designated for foreign-related registrations' }) foreignRelated: boolean;
  @ApiPropertyOptional({ description: 'booked on the day asked for' }) booked: number;
}

export class OfficeQuery {
  @ApiPropertyOptional({ format: 'date', description: 'show bookings on this day' })
  @IsOptional()
  @Matches(DATE, { message: 'day must be a date as YYYY-MM-DD' })
  day?: string;
}

/** 婚姻登记预约 at registry offices with daily capacity. */
@ApiTags('appointments')
@Controller('api/v1')
export class AppointmentsController {
  constructor(
    private readonly commands: AppointmentCommands,
    private readonly store: AppointmentStore,
  ) {}

  @Get('registry-offices')
  @RequirePermission('appointment.read')
  @ApiOkResponse({ type: [OfficeResponse] })
  async offices(@Query() query: OfficeQuery): Promise<OfficeResponse[]> {
    return (await this.store.offices(query.day)).map((o) => ({
      code: o.code,
      name: o.name,
      dailyCapacity: o.daily_capacity,
      foreignRelated: o.foreign_related,
      booked: o.booked,
    }));
  }

  @Post('appointments')
  @RequirePermission('appointment.book')
  @Command({ action: 'appointment.book', resourceType: 'appointment', idempotent: true, resourceId: (_p, r) => (r as AppointmentResponse | undefined)?.id })
  @ApiOperation({ summary: 'Book an appointment; never more than the office’s daily capacity' })
  @ApiCreatedResponse({ type: AppointmentResponse })
  async book(@Body() body: BookAppointmentRequest): Promise<AppointmentResponse> {
    return response(await this.commands.book(body));
  }

  @Post('appointments/:id/cancellation')
  @HttpCode(200)
  @RequirePermission('appointment.book')
  @Command({ action: 'appointment.cancel', resourceType: 'appointment', resourceId: (p) => p.id })
  @ApiOkResponse({ type: AppointmentResponse })
  async cancel(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<AppointmentResponse> {
    return response(await this.commands.cancel(id));
  }
}

function response(a: AppointmentRow): AppointmentResponse {
  return {
    id: a.id,
    officeCode: a.office_code,
    day: a.day,
    kind: a.kind,
    foreignRelated: a.foreign_related,
    citizenIds: a.citizen_ids.map((c) => citizenIdForCaller('registration', c)),
    status: a.status,
  };
}
