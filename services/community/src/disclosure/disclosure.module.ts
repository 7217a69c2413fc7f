import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { DisclosureCommands } from './application/disclosure-commands';
import { DISCLOSURE_QUERIES } from './application/disclosure-queries';
import { DISCLOSURE_REPOSITORY } from './domain/disclosure.repository';
import { DisclosuresController } from './http/disclosures.controller';
import { SqlDisclosureQueries } from './persistence/disclosure.queries';
import { SqlDisclosureRepository } from './persistence/sql-disclosure.repository';

/** 村务公开: disclosures with due days per kind (data) and the overdue ones per town. */
@Module({
  imports: [DivisionModule],
  controllers: [DisclosuresController],
  providers: [
    DisclosureCommands,
    { provide: DISCLOSURE_REPOSITORY, useClass: SqlDisclosureRepository },
    { provide: DISCLOSURE_QUERIES, useClass: SqlDisclosureQueries },
  ],
})
export class DisclosureModule {}
