import { PageQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { DivisionHistoryRecord, DivisionRecord } from '../persistence/division.entity';

/** Read side: lists and history straight from the tables, no aggregate needed. */
@Injectable()
export class DivisionQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async list(filter: { parentCode?: string; level?: string; status?: string }, page: PageQuery): Promise<[DivisionRecord[], number]> {
    const where: FindOptionsWhere<DivisionRecord> = {};
    if (filter.parentCode) where.parentCode = filter.parentCode;
    if (filter.level) where.level = filter.level;
    if (filter.status) where.status = filter.status;
    return this.uow
      .manager()
      .getRepository(DivisionRecord)
      .findAndCount({ where, order: { code: 'ASC' }, take: page.limit, skip: page.offset });
  }

  async get(code: string): Promise<DivisionRecord | null> {
    return this.uow.manager().getRepository(DivisionRecord).findOneBy({ code });
  }

  async history(code: string): Promise<DivisionHistoryRecord[]> {
    return this.uow
      .manager()
      .getRepository(DivisionHistoryRecord)
      .find({ where: { code }, order: { version: 'ASC' } });
  }
}
