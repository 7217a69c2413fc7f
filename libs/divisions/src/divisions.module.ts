import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DivisionDirectory } from './division-directory';
import { DivisionEventsConsumer } from './division-events.consumer';
import { DivisionsController } from './divisions.controller';
import { DivisionView } from './division-view.entity';

/** The division read model every service except community (the owner) imports. */
@Module({
  imports: [TypeOrmModule.forFeature([DivisionView])],
  controllers: [DivisionsController, DivisionEventsConsumer],
  providers: [DivisionDirectory],
  exports: [DivisionDirectory],
})
export class DivisionReadModelModule {}
