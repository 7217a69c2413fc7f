import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { AdoptionAssessmentCommands } from './application/adoption-assessment-commands';
import { ADOPTION_ASSESSMENT_QUERIES } from './application/adoption-assessment-queries';
import { ADOPTION_ASSESSMENT_REPOSITORY } from './domain/adoption-assessment.repository';
import { AdoptionAssessmentsController } from './http/adoption-assessments.controller';
import { SqlAdoptionAssessmentQueries } from './persistence/adoption-assessment.queries';
import { SqlAdoptionAssessmentRepository } from './persistence/sql-adoption-assessment.repository';

/** 收养评估, in the one module pattern. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [AdoptionAssessmentsController],
  providers: [
    AdoptionAssessmentCommands,
    { provide: ADOPTION_ASSESSMENT_REPOSITORY, useClass: SqlAdoptionAssessmentRepository },
    { provide: ADOPTION_ASSESSMENT_QUERIES, useClass: SqlAdoptionAssessmentQueries },
  ],
})
export class AdoptionAssessmentModule {}
