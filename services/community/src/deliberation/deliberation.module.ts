import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { DeliberationCommands } from './application/deliberation-commands';
import { DELIBERATION_QUERIES } from './application/deliberation-queries';
import { DELIBERATION_REPOSITORY } from './domain/deliberation.repository';
import { DeliberationsController } from './http/deliberations.controller';
import { SqlDeliberationQueries } from './persistence/deliberation.queries';
import { SqlDeliberationRepository } from './persistence/sql-deliberation.repository';

/** 议事协商: committees' deliberation meetings with their parties and resolutions. */
@Module({
  imports: [DivisionModule],
  controllers: [DeliberationsController],
  providers: [
    DeliberationCommands,
    { provide: DELIBERATION_REPOSITORY, useClass: SqlDeliberationRepository },
    { provide: DELIBERATION_QUERIES, useClass: SqlDeliberationQueries },
  ],
})
export class DeliberationModule {}
