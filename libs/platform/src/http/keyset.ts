import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageLimit } from './pagination';

/**
 * Keyset paging for the lists that grow with the city (25 million persons): the next page starts
 * after the last item's id, so page 10,000 costs what page 1 does; no total is counted.
 */
export class KeysetQuery extends PageLimit {
  @ApiPropertyOptional({ format: 'uuid', description: "the `next` of the page before (the last item's id); omitted for the first page" })
  @IsOptional()
  @IsUUID('all', { message: 'after must be the next of a page before' })
  after?: string;
}

export interface KeysetPage<T> {
  items: T[];
  /** The `after` of the next page, or null on the last one. */
  next: string | null;
}

/** A page read with one item more than asked, to know whether another follows. */
export function keysetPageOf<T extends { id: string }>(rows: T[], query: KeysetQuery): KeysetPage<T> {
  const items = rows.slice(0, query.limit);
  return { items, next: rows.length > query.limit ? items[items.length - 1].id : null };
}

/** The page type of a keyset list, for OpenAPI: `export class PersonPage extends KeysetPageOf(PersonResponse) {}`. */
export function KeysetPageOf<T>(item: Type<T>): Type<KeysetPage<T>> {
  class KeysetPageOfItems implements KeysetPage<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'pass as `after` for the next page; null on the last' }) next: string | null;
  }
  return KeysetPageOfItems;
}
