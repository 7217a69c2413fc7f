import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { ServiceItemCommands } from './application/service-item-commands';
import { SERVICE_ITEM_QUERIES } from './application/service-item-queries';
import { SERVICE_ITEM_REPOSITORY } from './domain/service-item.repository';
import { ServiceItemsController } from './http/service-items.controller';
import { SqlServiceItemQueries } from './persistence/service-item.queries';
import { SqlServiceItemRepository } from './persistence/sql-service-item.repository';

/** 社区事务受理事项: the catalogue of community affairs items, admitted, changed, pushed down and withdrawn. */
@Module({
  imports: [DivisionModule],
  controllers: [ServiceItemsController],
  providers: [
    ServiceItemCommands,
    { provide: SERVICE_ITEM_REPOSITORY, useClass: SqlServiceItemRepository },
    { provide: SERVICE_ITEM_QUERIES, useClass: SqlServiceItemQueries },
  ],
  exports: [SERVICE_ITEM_REPOSITORY],
})
export class ServiceItemModule {}
