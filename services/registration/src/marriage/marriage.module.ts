import { Module } from '@nestjs/common';
import { MarriageCommands } from './application/marriage-commands';
import { DeathsConsumer } from './consumers/deaths.consumer';
import { MarriagesController } from './http/marriages.controller';
import { MarriageStore } from './persistence/marriage.store';

@Module({
  controllers: [MarriagesController, DeathsConsumer],
  providers: [MarriageStore, MarriageCommands],
  exports: [MarriageStore],
})
export class MarriageModule {}
