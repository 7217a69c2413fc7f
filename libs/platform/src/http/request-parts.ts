import { DIVISION_CODE_PATTERN } from '@civic/domain-kernel';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** Validators and OpenAPI parts the assistance DTOs share. */
export const YUAN = /^\d{1,11}(\.\d{1,2})?$/;
export const YUAN_MESSAGE = (field: string) => `${field} must be a non-negative yuan amount with at most two decimals, e.g. "1200.50"`;
/** A calendar date as YYYY-MM-DD from the year 1000 on (the shape; IsISO8601 strict checks the day exists). */
export const DATE = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
/** 公民身份号码 as every request gives it (body, query, path): 17 digits and a check character, nothing around them. */
export const CITIZEN_ID = /^\d{17}[\dXx]$/;
export const CITIZEN_ID_MESSAGE = (field: string) => `${field} must be 17 digits and a digit or X`;
/** A GB/T 2260 division code as DivisionCode.parse accepts it (province prefix and level rules included). */
export const DIVISION = new RegExp(DIVISION_CODE_PATTERN);
export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'ETag of the version you read (e.g. "2"); a stale one is refused with 412',
  schema: { type: 'string', pattern: '^(\\*|(W/)?"\\d{1,9}")$', example: '"2"' },
};

/** A date range filter, both ends inclusive. */
export class DateRangeQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-01-01', description: 'from this date (inclusive)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a calendar date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'to this date (inclusive)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a calendar date' })
  to?: string;
}

/** Filter by a division and everything below it (a district, a sub-district, a committee). */
export class DivisionFilterQuery {
  @ApiPropertyOptional({ example: '310104', description: 'a division and everything below it' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}
