import { Module } from '@nestjs/common';
import { MarriageCommands } from './application/marriage-commands';
import { DeathsSubscriber } from './consumers/deaths.subscriber';
import { MarriagesController } from './http/marriages.controller';
import { MarriageStore } from './persistence/marriage.store';

@Module({
  controllers: [MarriagesController],
  providers: [MarriageStore, MarriageCommands, DeathsSubscriber],
  exports: [MarriageStore],
})
export class MarriageModule {}
