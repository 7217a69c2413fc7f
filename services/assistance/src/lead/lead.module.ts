import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { LeadCommands } from './application/lead-commands';
import { LeadIntake } from './application/lead-intake';
import { PersonFactsConsumer } from './consumers/person-facts.consumer';
import { LeadsController } from './http/leads.controller';
import { LEAD_QUERIES } from './application/lead-queries';
import { LEAD_REPOSITORY } from './domain/lead.repository';
import { SqlLeadQueries } from './persistence/lead.queries';
import { SqlLeadRepository } from './persistence/sql-lead.repository';

@Module({
  imports: [ApplicationsModule],
  controllers: [LeadsController, PersonFactsConsumer],
  providers: [LeadIntake, LeadCommands, { provide: LEAD_REPOSITORY, useClass: SqlLeadRepository }, { provide: LEAD_QUERIES, useClass: SqlLeadQueries }],
})
export class LeadModule {}
