import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** Deeper than this, narrow the filter: an offset scan of millions of rows is not a query to serve. */
export const MAX_OFFSET = 1_000_000;

/** An optional `true`/`false` query parameter (a filter); any other text is a 400 naming it. */
export function QueryBoolean(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: Boolean, description }),
    IsOptional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean(),
  );
}

/** A query parameter as a number; an empty value (`?offset=`) is no number and is refused, not read as 0. */
const QueryNumber = () => Transform(({ value }) => (value === '' ? Number.NaN : value === undefined ? undefined : Number(value)));

/** The page size of every list, capped. */
export class PageLimit {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;
}

/** limit/offset paging with a cap, for every list endpoint. */
export class PageQuery extends PageLimit {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;
}

export class PageInfo {
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
  @ApiProperty({ type: 'integer', description: 'matching items in all pages' }) total: number;
}

export interface Page<T> {
  items: T[];
  page: PageInfo;
}

export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: { limit: query.limit, offset: query.offset, total } };
}
