import { Module } from '@nestjs/common';
import { MarriageModule } from '../marriage/marriage.module';
import { DivorceCommands } from './application/divorce-commands';
import { DivorceLapseWorker } from './application/divorce-lapse-worker';
import { DivorceDeathsConsumer } from './consumers/deaths.consumer';
import { DivorcesController } from './http/divorces.controller';
import { DIVORCE_APPLICATION_REPOSITORY } from './domain/divorce-application.repository';
import { SqlDivorceApplicationRepository } from './persistence/sql-divorce-application.repository';

@Module({
  imports: [MarriageModule],
  controllers: [DivorcesController, DivorceDeathsConsumer],
  providers: [DivorceCommands, DivorceLapseWorker, { provide: DIVORCE_APPLICATION_REPOSITORY, useClass: SqlDivorceApplicationRepository }],
})
export class DivorceModule {}
