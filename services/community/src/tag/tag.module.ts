import { Module } from '@nestjs/common';
import { TagCommands } from './application/tag-commands';
import { TAG_QUERIES } from './application/tag-queries';
import { TAG_REPOSITORY } from './domain/tag.repository';
import { TagsController } from './http/tags.controller';
import { SqlTagQueries } from './persistence/tag.queries';
import { SqlTagRepository } from './persistence/sql-tag.repository';

/** 标签字典: the governed tags of the community cloud. */
@Module({
  controllers: [TagsController],
  providers: [TagCommands, { provide: TAG_REPOSITORY, useClass: SqlTagRepository }, { provide: TAG_QUERIES, useClass: SqlTagQueries }],
  exports: [TAG_REPOSITORY],
})
export class TagModule {}
