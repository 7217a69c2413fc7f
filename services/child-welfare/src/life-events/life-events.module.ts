import { Module } from '@nestjs/common';
import { ChildModule } from '../child/child.module';
import { ProtectionCaseModule } from '../protection-case/protection-case.module';
import { LifeEventHandling } from './application/life-event-handling';
import { AdoptionsConsumer } from './consumers/adoptions.consumer';
import { DeathsConsumer } from './consumers/deaths.consumer';

/** The other contexts' life events (deaths, adoptions) through the broker, with the inbox. */
@Module({
  imports: [ChildModule, ProtectionCaseModule],
  controllers: [DeathsConsumer, AdoptionsConsumer],
  providers: [LifeEventHandling],
})
export class LifeEventsModule {}
