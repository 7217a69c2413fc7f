import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { VolunteerCommands } from './application/volunteer-commands';
import { VOLUNTEER_QUERIES } from './application/volunteer-queries';
import { DeathsConsumer } from './consumers/deaths.consumer';
import { VOLUNTEER_REPOSITORY } from './domain/volunteer.repository';
import { VolunteerCertificatesController } from './http/volunteer-certificates.controller';
import { VolunteersController } from './http/volunteers.controller';
import { SqlVolunteerQueries } from './persistence/volunteer.queries';
import { SqlVolunteerRepository } from './persistence/sql-volunteer.repository';

/** 志愿服务记录: volunteers, their service hours and certificates; a death closes the record. */
@Module({
  imports: [DivisionReadModelModule, OrganisationModule],
  controllers: [VolunteersController, VolunteerCertificatesController, DeathsConsumer],
  providers: [
    VolunteerCommands,
    { provide: VOLUNTEER_REPOSITORY, useClass: SqlVolunteerRepository },
    { provide: VOLUNTEER_QUERIES, useClass: SqlVolunteerQueries },
  ],
})
export class VolunteerModule {}
