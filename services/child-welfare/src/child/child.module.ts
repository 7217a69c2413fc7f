import { DivisionReadModelModule } from '@civic/divisions';
import { Module } from '@nestjs/common';
import { ChildCommands } from './application/child-commands';
import { CHILD_QUERIES } from './application/child-queries';
import { CHILD_REPOSITORY } from './domain/child.repository';
import { ChildrenController } from './http/children.controller';
import { SqlChildQueries } from './persistence/child.queries';
import { SqlChildRepository } from './persistence/sql-child.repository';

/** 儿童信息, in the one module pattern. */
@Module({
  imports: [DivisionReadModelModule],
  controllers: [ChildrenController],
  providers: [ChildCommands, { provide: CHILD_REPOSITORY, useClass: SqlChildRepository }, { provide: CHILD_QUERIES, useClass: SqlChildQueries }],
  exports: [ChildCommands, CHILD_REPOSITORY, CHILD_QUERIES],
})
export class ChildModule {}
