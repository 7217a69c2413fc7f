import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { LeadCommands } from './application/lead-commands';
import { LeadIntake } from './application/lead-intake';
import { PersonFactsConsumer } from './consumers/person-facts.consumer';
import { LeadsController } from './http/leads.controller';
import { LeadStore } from './persistence/lead.store';

@Module({
  imports: [ApplicationsModule],
  controllers: [LeadsController, PersonFactsConsumer],
  providers: [LeadStore, LeadIntake, LeadCommands],
})
export class LeadModule {}
