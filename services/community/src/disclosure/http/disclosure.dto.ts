import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, KeysetPageOf, KeysetQuery, QueryBoolean } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class ScheduleDisclosureRequest {
  @DivisionCodeField('committeeCode', { example: '310151101001', description: "the villagers' or residents' committee (12 digits)" })
  committeeCode: string;

  @ApiProperty({ example: 'finance', pattern: '^[a-z][a-z0-9-]{0,19}$', description: 'a kind of GET /disclosure-kinds' })
  @Matches(/^[a-z][a-z0-9-]{0,19}$/, { message: 'kind must be a disclosure kind code' })
  kind: string;

  @BusinessDateField('periodEnd', { description: 'the last day of the period disclosed (a month, a quarter)', example: '2026-06-30' })
  periodEnd: string;
}

export class PublishDisclosureRequest {
  @BusinessDateField('publishedOn', { description: 'the day it went up on the board or online (not later than today)' })
  publishedOn: string;

  @ApiProperty({ example: '二季度村集体收支明细: 收入 12.6 万元, 支出 9.8 万元', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  content: string;
}

class DisclosureFilter extends DivisionFilterQuery {
  @QueryBoolean('only those unpublished after their due day')
  overdue?: boolean;
}

export class DisclosureListQuery extends IntersectionType(KeysetQuery, DisclosureFilter) {}

export class DisclosureResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310151101001' }) committeeCode: string;
  @ApiProperty({ example: 'finance' }) kind: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ format: 'date', description: "the period's end plus the kind's due days" }) dueOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) publishedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) content: string | null;
  @ApiProperty({ description: 'unpublished after its due day' }) overdue: boolean;
  @ApiProperty() version: number;
}

export class DisclosurePage extends KeysetPageOf(DisclosureResponse) {}

export class DisclosureKindResponse {
  @ApiProperty({ example: 'finance' }) code: string;
  @ApiProperty({ example: '财务收支公开' }) name: string;
  @ApiProperty({ example: 15, description: 'days after the period ends by which it is due' }) dueDays: number;
}
