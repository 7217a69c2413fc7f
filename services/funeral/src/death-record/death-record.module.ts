import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { DeathRecordCommands } from './application/death-record-commands';
import { DEATH_RECORD_QUERIES } from './application/death-record-queries';
import { DEATH_RECORD_REPOSITORY } from './domain/death-record.repository';
import { DeathRecordsController } from './http/death-records.controller';
import { SqlDeathRecordQueries } from './persistence/death-record.queries';
import { SqlDeathRecordRepository } from './persistence/sql-death-record.repository';

/** 死亡登记 and 火化. The reference module: docs/architecture.md walks a command through it. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [DeathRecordsController],
  providers: [
    DeathRecordCommands,
    { provide: DEATH_RECORD_REPOSITORY, useClass: SqlDeathRecordRepository },
    { provide: DEATH_RECORD_QUERIES, useClass: SqlDeathRecordQueries },
  ],
  exports: [DEATH_RECORD_REPOSITORY],
})
export class DeathRecordModule {}
