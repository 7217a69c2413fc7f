import { CITIZEN_ID, CITIZEN_ID_MESSAGE, CitizenIdField, DATE, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const SEASON = /^(qingming|dongzhi|other)-\d{4}$/;

export class OpenSlotRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cemeteryId: string;

  @ApiProperty({ example: 'qingming-2027', description: 'qingming-YYYY 清明 | dongzhi-YYYY 冬至 | other-YYYY' })
  @Matches(SEASON, { message: 'season must be qingming-YYYY, dongzhi-YYYY or other-YYYY' })
  season: string;

  @ApiProperty({ format: 'date', example: '2027-04-03' })
  @Matches(DATE, { message: 'day must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'day must be a calendar date' })
  day: string;

  @ApiProperty({ example: '08:00' })
  @Matches(TIME, { message: 'startsAt must be a time as HH:MM' })
  startsAt: string;

  @ApiProperty({ example: '10:00' })
  @Matches(TIME, { message: 'endsAt must be a time as HH:MM' })
  endsAt: string;

  @ApiProperty({ example: 1000, description: 'places (visitors) the slot can take' })
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity: number;
}

export class SlotResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cemeteryId: string;
  @ApiProperty() season: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() capacity: number;
  @ApiProperty() booked: number;
  @ApiProperty() available: number;
}

export class SlotListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cemeteryId?: string;

  @ApiPropertyOptional({ example: 'qingming-2027' })
  @IsOptional()
  @Matches(SEASON, { message: 'season must be qingming-YYYY, dongzhi-YYYY or other-YYYY' })
  season?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DATE, { message: 'day must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'day must be a calendar date' })
  day?: string;
}

export class SlotPage extends PageOf(SlotResponse) {}

export class BookRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  slotId: string;

  @CitizenIdField('citizenId', { example: '310104198001011239', description: 'the person booking (limits are per person and season)' })
  citizenId: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: 1000, description: 'visitors coming (places taken); the season may allow fewer per booking' })
  @IsInt()
  @Min(1)
  @Max(1000)
  visitors: number;
}

export class BookingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) slotId: string;
  @ApiProperty({ format: 'uuid' }) cemeteryId: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty() season: string;
  @ApiProperty({ description: 'masked unless the caller holds funeral:personal-data.read' }) citizenId: string;
  @ApiProperty() visitors: number;
  @ApiProperty({ enum: ['booked', 'cancelled'], description: 'booked 已预约 | cancelled 已取消' }) status: string;
  @ApiProperty() createdAt: string;
}

export class BookingListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(CITIZEN_ID, { message: CITIZEN_ID_MESSAGE('citizenId') })
  citizenId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  slotId?: string;

  @ApiPropertyOptional({ enum: ['booked', 'cancelled'] })
  @IsOptional()
  @IsIn(['booked', 'cancelled'])
  status?: string;
}

export class BookingPage extends PageOf(BookingResponse) {}
