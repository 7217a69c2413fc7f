import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { AutomaticTagging } from './application/automatic-tagging';
import { BenefitsConsumer } from './consumers/benefits.consumer';
import { CareAssessmentsConsumer } from './consumers/care-assessments.consumer';
import { ChildrenConsumer } from './consumers/children.consumer';
import { DISABILITY_LEVELS_REPOSITORY } from './domain/disability-levels.repository';
import { AutomaticTagsController } from './http/automatic-tags.controller';
import { SqlDisabilityLevelsRepository } from './persistence/sql-disability-levels.repository';

/** Tags set by other contexts' events: 低保户/特困 (assistance), 困境儿童 (child-welfare), 失能老人 (eldercare). */
@Module({
  imports: [PersonModule],
  controllers: [AutomaticTagsController, BenefitsConsumer, ChildrenConsumer, CareAssessmentsConsumer],
  providers: [AutomaticTagging, { provide: DISABILITY_LEVELS_REPOSITORY, useClass: SqlDisabilityLevelsRepository }],
})
export class AutomaticTagModule {}
