import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, KeysetPageOf, KeysetQuery, QueryBoolean, TextField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SERVICE_ITEM_CODE } from '../../service-item/domain/service-item';
import { APPLICATION_OUTCOMES } from '../domain/service-application';

export class AcceptApplicationRequest {
  @ApiProperty({ example: 'SQ-0101', pattern: SERVICE_ITEM_CODE.source, maxLength: 20, description: 'an item in force in the catalogue' })
  @Matches(SERVICE_ITEM_CODE, { message: 'itemCode must be an item code (e.g. SQ-0101)' })
  itemCode: string;

  @DivisionCodeField('centreCode', { example: '310104003', description: 'the sub-district’s or town’s acceptance centre (9 digits)' })
  centreCode: string;

  @CitizenIdField('applicantCitizenId')
  applicantCitizenId: string;

  @TextField(50, { example: '王建国' })
  applicantName: string;

  @BusinessDateField('receivedOn', { description: 'the day the centre received it (not later than today)' })
  receivedOn: string;
}

export class ConcludeApplicationRequest {
  @BusinessDateField('concludedOn', { description: 'not later than today' })
  concludedOn: string;

  @ApiProperty({ enum: APPLICATION_OUTCOMES })
  @IsIn(APPLICATION_OUTCOMES)
  outcome: (typeof APPLICATION_OUTCOMES)[number];

  @TextField(500, { example: '材料不全, 已一次性告知', description: 'why, for a refusal (required then)', optional: true })
  note?: string;
}

class ApplicationFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ example: 'SQ-0101', pattern: SERVICE_ITEM_CODE.source })
  @IsOptional()
  @Matches(SERVICE_ITEM_CODE, { message: 'itemCode must be an item code (e.g. SQ-0101)' })
  itemCode?: string;

  @ApiPropertyOptional({ enum: ['accepted', 'concluded'] })
  @IsOptional()
  @IsIn(['accepted', 'concluded'])
  status?: string;

  @QueryBoolean('only the open ones past their due day (true), or all but those (false)')
  overdue?: boolean;
}

export class ApplicationListQuery extends IntersectionType(KeysetQuery, ApplicationFilter) {}

export class ServiceApplicationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SQ-0101' }) itemCode: string;
  @ApiProperty({ example: '310104003' }) centreCode: string;
  @ApiProperty({ example: '310104********1235', description: 'masked unless the caller holds personal-data.read' }) applicantCitizenId: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty({ format: 'date', description: 'the item’s time limit in working days after receipt (承诺时限)' }) dueOn: string;
  @ApiProperty({ enum: ['accepted', 'concluded'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) concludedOn: string | null;
  @ApiProperty({ type: String, enum: APPLICATION_OUTCOMES, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'open after its due day' }) overdue: boolean;
  @ApiProperty({ description: 'concluded after its due day (超时办结)' }) late: boolean;
  @ApiProperty() version: number;
}

export class ServiceApplicationPage extends KeysetPageOf(ServiceApplicationResponse) {}

export class ApplicationStatisticsResponse {
  @ApiProperty({ example: '310104' }) districtCode: string;
  @ApiProperty({ description: 'open (受理中)' }) accepted: number;
  @ApiProperty({ description: 'open after the due day' }) overdue: number;
  @ApiProperty({ description: '办结' }) concluded: number;
  @ApiProperty({ description: 'concluded after the due day' }) concludedLate: number;
}
