import { Module } from '@nestjs/common';
import { DivisionDirectory } from './division-directory';
import { DivisionEventsSubscriber } from './division-events.subscriber';
import { DivisionsController } from './divisions.controller';

/** The division read model every service except community (the owner) imports. */
@Module({
  controllers: [DivisionsController],
  providers: [DivisionEventsSubscriber, DivisionDirectory],
  exports: [DivisionDirectory],
})
export class DivisionReadModelModule {}
