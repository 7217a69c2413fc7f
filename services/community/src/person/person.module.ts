import { Module } from '@nestjs/common';
import { DwellingModule } from '../dwelling/dwelling.module';
import { TagModule } from '../tag/tag.module';
import { PersonCommands } from './application/person-commands';
import { PERSON_QUERIES } from './application/person-queries';
import { DeathsConsumer } from './consumers/deaths.consumer';
import { PERSON_REPOSITORY } from './domain/person.repository';
import { PersonsController } from './http/persons.controller';
import { SqlPersonQueries } from './persistence/person.queries';
import { SqlPersonRepository } from './persistence/sql-person.repository';

/** 人: persons of the community cloud, their residences and tags; deaths from funeral close them. */
@Module({
  imports: [DwellingModule, TagModule],
  controllers: [PersonsController, DeathsConsumer],
  exports: [PersonCommands],
  providers: [PersonCommands, { provide: PERSON_REPOSITORY, useClass: SqlPersonRepository }, { provide: PERSON_QUERIES, useClass: SqlPersonQueries }],
})
export class PersonModule {}
