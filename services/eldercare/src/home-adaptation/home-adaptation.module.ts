import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { HomeAdaptationCommands } from './application/home-adaptation-commands';
import { HOME_ADAPTATION_QUERIES } from './application/home-adaptation-queries';
import { HOME_ADAPTATION_REPOSITORY } from './domain/home-adaptation.repository';
import { HomeAdaptationsController } from './http/home-adaptations.controller';
import { SqlHomeAdaptationQueries } from './persistence/home-adaptation.queries';
import { SqlHomeAdaptationRepository } from './persistence/sql-home-adaptation.repository';

/** HomeAdaptations, in the one module pattern (docs/architecture.md). */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [HomeAdaptationsController],
  providers: [
    HomeAdaptationCommands,
    { provide: HOME_ADAPTATION_REPOSITORY, useClass: SqlHomeAdaptationRepository },
    { provide: HOME_ADAPTATION_QUERIES, useClass: SqlHomeAdaptationQueries },
  ],
})
export class HomeAdaptationModule {}
