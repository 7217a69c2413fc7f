import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { DORMANCY_REVIEW_SWEEP_MS, DormancyReview } from './application/dormancy-review';
import { FUNDRAISING_RULES, fundraisingRulesFrom } from './application/fundraising-rules';
import { OrganisationCommands } from './application/organisation-commands';
import { ORGANISATION_QUERIES } from './application/organisation-queries';
import { ORGANISATION_REPOSITORY } from './domain/organisation.repository';
import { DormancyReviewsController } from './http/dormancy-reviews.controller';
import { OrganisationsController } from './http/organisations.controller';
import { SqlOrganisationQueries } from './persistence/organisation.queries';
import { SqlOrganisationRepository } from './persistence/sql-organisation.repository';

/** 社会组织: registration, grades, inspections and the daily dormancy review; other modules load organisations through its repository. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [OrganisationsController, DormancyReviewsController],
  providers: [
    OrganisationCommands,
    DormancyReview,
    { provide: DORMANCY_REVIEW_SWEEP_MS, useValue: 86_400_000 },
    { provide: FUNDRAISING_RULES, useFactory: () => fundraisingRulesFrom(process.env) },
    { provide: ORGANISATION_REPOSITORY, useClass: SqlOrganisationRepository },
    { provide: ORGANISATION_QUERIES, useClass: SqlOrganisationQueries },
  ],
  exports: [ORGANISATION_REPOSITORY, ORGANISATION_QUERIES],
})
export class OrganisationModule {}
