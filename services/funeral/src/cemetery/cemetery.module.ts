import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { DeathRecordModule } from '../death-record/death-record.module';
import { CemeteryCommands } from './application/cemetery-commands';
import { CemeteriesController } from './http/cemeteries.controller';
import { CemeteryStore } from './persistence/cemetery.store';

@Module({
  imports: [DivisionReadModelModule, DeathRecordModule],
  controllers: [CemeteriesController],
  providers: [CemeteryStore, CemeteryCommands],
  exports: [CemeteryStore],
})
export class CemeteryModule {}
