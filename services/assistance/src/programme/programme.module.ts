import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module';
import { ProgrammeCommands } from './application/programme-commands';
import { StandardAdjustment } from './application/standard-adjustment';
import { PROGRAMME_REPOSITORY } from './domain/programme.repository';
import { ProgrammesController } from './http/programmes.controller';
import { SqlProgrammeRepository } from './persistence/sql-programme.repository';

@Module({
  imports: [BenefitModule],
  controllers: [ProgrammesController],
  providers: [ProgrammeCommands, StandardAdjustment, { provide: PROGRAMME_REPOSITORY, useClass: SqlProgrammeRepository }],
  exports: [PROGRAMME_REPOSITORY],
})
export class ProgrammeModule {}
