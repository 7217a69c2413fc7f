import { systemClock } from '@civic/domain-kernel';
import { Module } from '@nestjs/common';
import { DIVISION_CLOCK, DivisionCommands } from './application/division-commands';
import { DivisionQueries } from './application/division-queries';
import { DIVISION_REPOSITORY } from './domain/division.repository';
import { DivisionsController } from './http/divisions.controller';
import { TypeOrmDivisionRepository } from './persistence/typeorm-division.repository';

@Module({
  controllers: [DivisionsController],
  providers: [
    DivisionCommands,
    DivisionQueries,
    { provide: DIVISION_REPOSITORY, useClass: TypeOrmDivisionRepository },
    { provide: DIVISION_CLOCK, useValue: systemClock },
  ],
})
export class DivisionModule {}
