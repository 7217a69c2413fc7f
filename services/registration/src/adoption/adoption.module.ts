import { Module } from '@nestjs/common';
import { MarriageModule } from '../marriage/marriage.module';
import { AdoptionCommands } from './application/adoption-commands';
import { ADOPTION_QUERIES } from './application/adoption-queries';
import { AdoptionAssessmentsConsumer } from './consumers/adoption-assessments.consumer';
import { ADOPTION_REPOSITORY } from './domain/adoption.repository';
import { AdoptionsController } from './http/adoptions.controller';
import { SqlAdoptionQueries } from './persistence/adoption.queries';
import { SqlAdoptionRepository } from './persistence/sql-adoption.repository';

@Module({
  imports: [MarriageModule],
  controllers: [AdoptionsController, AdoptionAssessmentsConsumer],
  providers: [AdoptionCommands, { provide: ADOPTION_REPOSITORY, useClass: SqlAdoptionRepository }, { provide: ADOPTION_QUERIES, useClass: SqlAdoptionQueries }],
})
export class AdoptionModule {}
