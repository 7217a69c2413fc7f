import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { IllegalOrganisationReportCommands } from './application/illegal-organisation-report-commands';
import { ILLEGAL_ORGANISATION_REPORT_QUERIES } from './application/illegal-organisation-report-queries';
import { ILLEGAL_ORGANISATION_REPORT_REPOSITORY } from './domain/illegal-organisation-report.repository';
import { IllegalOrganisationReportsController } from './http/illegal-organisation-reports.controller';
import { SqlIllegalOrganisationReportQueries } from './persistence/illegal-organisation-report.queries';
import { SqlIllegalOrganisationReportRepository } from './persistence/sql-illegal-organisation-report.repository';

/** 打击整治非法社会组织. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [IllegalOrganisationReportsController],
  providers: [
    IllegalOrganisationReportCommands,
    { provide: ILLEGAL_ORGANISATION_REPORT_REPOSITORY, useClass: SqlIllegalOrganisationReportRepository },
    { provide: ILLEGAL_ORGANISATION_REPORT_QUERIES, useClass: SqlIllegalOrganisationReportQueries },
  ],
})
export class IllegalOrganisationModule {}
