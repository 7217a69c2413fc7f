import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { DeathRecordCommands } from './application/death-record-commands';
import { DeathRecordsController } from './http/death-records.controller';
import { DeathRecordStore } from './persistence/death-record.store';

@Module({
  imports: [DivisionReadModelModule],
  controllers: [DeathRecordsController],
  providers: [DeathRecordStore, DeathRecordCommands],
  exports: [DeathRecordStore],
})
export class DeathRecordModule {}
