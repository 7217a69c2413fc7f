import { Module } from '@nestjs/common';
import { MarriageModule } from '../marriage/marriage.module';
import { DivorceCommands } from './application/divorce-commands';
import { DivorceLapseWorker } from './application/divorce-lapse-worker';
import { DivorcesController } from './http/divorces.controller';
import { DivorceStore } from './persistence/divorce.store';

@Module({
  imports: [MarriageModule],
  controllers: [DivorcesController],
  providers: [DivorceStore, DivorceCommands, DivorceLapseWorker],
})
export class DivorceModule {}
