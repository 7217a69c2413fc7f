import { Module } from '@nestjs/common';
import { DivisionDirectory } from './application/division-directory';
import { DIVISION_READ_MODEL } from './application/division-read-model';
import { DivisionEventsConsumer } from './consumers/division-events.consumer';
import { DivisionsController } from './http/divisions.controller';
import { SqlDivisionReadModel } from './persistence/sql-division-read-model';

/** The division read model every service except community (the owner) imports. */
@Module({
  controllers: [DivisionsController, DivisionEventsConsumer],
  providers: [DivisionDirectory, { provide: DIVISION_READ_MODEL, useClass: SqlDivisionReadModel }],
  exports: [DivisionDirectory],
})
export class DivisionReadModelModule {}
