import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { RescueCommands } from './application/rescue-commands';
import { RescueCasesController } from './http/rescue-cases.controller';
import { RescueCaseStore } from './persistence/rescue-case.store';

@Module({
  imports: [DivisionReadModelModule],
  controllers: [RescueCasesController],
  providers: [RescueCaseStore, RescueCommands],
})
export class RescueModule {}
