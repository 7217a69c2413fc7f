import { Module } from '@nestjs/common';
import { BenefitModule } from '../benefit/benefit.module';
import { HouseholdModule } from '../household/household.module';
import { ProgrammeModule } from '../programme/programme.module';
import { ApplicationCommands } from './application/application-commands';
import { APPLICATION_QUERIES } from './application/application-queries';
import { SqlApplicationQueries } from './persistence/application.queries';
import { APPLICATION_REPOSITORY } from './domain/application.repository';
import { ApplicationsController } from './http/applications.controller';
import { SqlApplicationRepository } from './persistence/sql-application.repository';

@Module({
  imports: [HouseholdModule, ProgrammeModule, BenefitModule],
  controllers: [ApplicationsController],
  providers: [
    ApplicationCommands,
    { provide: APPLICATION_QUERIES, useClass: SqlApplicationQueries },
    { provide: APPLICATION_REPOSITORY, useClass: SqlApplicationRepository },
  ],
  exports: [ApplicationCommands],
})
export class ApplicationsModule {}
