import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { ConventionCommands } from './application/convention-commands';
import { CONVENTION_QUERIES } from './application/convention-queries';
import { CONVENTION_REPOSITORY } from './domain/convention.repository';
import { ConventionsController } from './http/conventions.controller';
import { SqlConventionQueries } from './persistence/convention.queries';
import { SqlConventionRepository } from './persistence/sql-convention.repository';

/** 居民公约: committees' conventions with their versions. */
@Module({
  imports: [DivisionModule],
  controllers: [ConventionsController],
  providers: [
    ConventionCommands,
    { provide: CONVENTION_REPOSITORY, useClass: SqlConventionRepository },
    { provide: CONVENTION_QUERIES, useClass: SqlConventionQueries },
  ],
})
export class ConventionModule {}
