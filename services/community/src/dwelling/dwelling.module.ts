import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { DwellingCommands } from './application/dwelling-commands';
import { DWELLING_QUERIES } from './application/dwelling-queries';
import { DWELLING_REPOSITORY } from './domain/dwelling.repository';
import { DwellingsController } from './http/dwellings.controller';
import { SqlDwellingQueries } from './persistence/dwelling.queries';
import { SqlDwellingRepository } from './persistence/sql-dwelling.repository';

/** 房屋: dwellings per committee, the 房 of 人房数据. */
@Module({
  imports: [DivisionModule],
  controllers: [DwellingsController],
  providers: [DwellingCommands, { provide: DWELLING_REPOSITORY, useClass: SqlDwellingRepository }, { provide: DWELLING_QUERIES, useClass: SqlDwellingQueries }],
  exports: [DWELLING_REPOSITORY, DWELLING_QUERIES],
})
export class DwellingModule {}
