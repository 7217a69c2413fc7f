import { Module } from '@nestjs/common';
import { AppointmentModule } from '../appointment/appointment.module';
import { MarriageCommands } from './application/marriage-commands';
import { MARRIAGE_QUERIES } from './application/marriage-queries';
import { DeathsConsumer } from './consumers/deaths.consumer';
import { MARRIAGE_REPOSITORY } from './domain/marriage.repository';
import { MarriagesController } from './http/marriages.controller';
import { SqlMarriageQueries } from './persistence/marriage.queries';
import { SqlMarriageRepository } from './persistence/sql-marriage.repository';

@Module({
  imports: [AppointmentModule],
  controllers: [MarriagesController, DeathsConsumer],
  providers: [MarriageCommands, { provide: MARRIAGE_REPOSITORY, useClass: SqlMarriageRepository }, { provide: MARRIAGE_QUERIES, useClass: SqlMarriageQueries }],
  exports: [MARRIAGE_REPOSITORY, MarriageCommands],
})
export class MarriageModule {}
