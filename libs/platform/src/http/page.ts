import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Page, PageInfo } from './pagination';

/**
 * The page type of a list endpoint, for OpenAPI: `export class DeathRecordPage extends PageOf(DeathRecordResponse) {}`
 * (the subclass gives the schema its name).
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ type: PageInfo }) page: PageInfo;
  }
  return PageOfItems;
}
