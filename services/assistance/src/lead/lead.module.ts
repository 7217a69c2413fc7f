import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { LeadCommands } from './application/lead-commands';
import { LeadIntake } from './application/lead-intake';
import { PersonFactsSubscriber } from './consumers/person-facts.subscriber';
import { LeadsController } from './http/leads.controller';
import { LeadStore } from './persistence/lead.store';

@Module({
  imports: [ApplicationsModule],
  controllers: [LeadsController],
  providers: [LeadStore, LeadIntake, LeadCommands, PersonFactsSubscriber],
})
export class LeadModule {}
