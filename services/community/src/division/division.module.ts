import { Module } from '@nestjs/common';
import { COMMITTEE_CONTENTS } from './application/committee-contents';
import { DivisionCommands } from './application/division-commands';
import { SqlCommitteeContents } from './persistence/sql-committee-contents';
import { DIVISION_QUERIES } from './application/division-queries';
import { DIVISION_REPOSITORY } from './domain/division.repository';
import { DivisionsController } from './http/divisions.controller';
import { SqlDivisionQueries } from './persistence/division.queries';
import { SqlDivisionRepository } from './persistence/sql-division.repository';

@Module({
  controllers: [DivisionsController],
  providers: [
    DivisionCommands,
    { provide: DIVISION_REPOSITORY, useClass: SqlDivisionRepository },
    { provide: DIVISION_QUERIES, useClass: SqlDivisionQueries },
    { provide: COMMITTEE_CONTENTS, useClass: SqlCommitteeContents },
  ],
  exports: [DIVISION_REPOSITORY],
})
export class DivisionModule {}
