import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { CareAssessmentCommands } from './application/care-assessment-commands';
import { CARE_ASSESSMENT_QUERIES } from './application/care-assessment-queries';
import { CARE_ASSESSMENT_REPOSITORY } from './domain/care-assessment.repository';
import { CareAssessmentsController } from './http/care-assessments.controller';
import { SqlCareAssessmentQueries } from './persistence/care-assessment.queries';
import { SqlCareAssessmentRepository } from './persistence/sql-care-assessment.repository';

/** 老年照护统一需求评估, in the one module pattern. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [CareAssessmentsController],
  providers: [
    CareAssessmentCommands,
    { provide: CARE_ASSESSMENT_REPOSITORY, useClass: SqlCareAssessmentRepository },
    { provide: CARE_ASSESSMENT_QUERIES, useClass: SqlCareAssessmentQueries },
  ],
  exports: [CARE_ASSESSMENT_REPOSITORY],
})
export class CareAssessmentModule {}
