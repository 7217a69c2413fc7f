import { BusinessDateField, CITIZEN_ID, DATE } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsString, Matches } from 'class-validator';
import { APPOINTMENT_KINDS } from '../domain/appointment';

const KINDS = [...APPOINTMENT_KINDS];

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
  @ArrayUnique({ message: 'citizenIds must not repeat a person' })
  @IsString({ each: true })
  @Matches(CITIZEN_ID, { each: true, message: 'each of citizenIds must be 17 digits and a digit or X' })
  citizenIds: string[];
}

export class AppointmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() officeCode: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() foreignRelated: boolean;
  @ApiProperty({ type: [String] }) citizenIds: string[];
  @ApiProperty({ enum: ['booked', 'cancelled', 'attended'], description: 'booked 已预约 | cancelled 已取消 | attended 已办理 (registrationId says which)' })
  status: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the registration the appointment led to' }) registrationId: string | null;
}

export class OfficeResponse {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() dailyCapacity: number;
  @ApiProperty({ description: 'designated for foreign-related registrations' }) foreignRelated: boolean;
  @ApiPropertyOptional({ description: 'booked on the day asked for' }) booked: number;
}

export class OfficeQuery {
  @BusinessDateField('day', { optional: true, description: 'show bookings on this day' })
  day?: string;
}
