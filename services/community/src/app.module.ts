import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { DivisionModule } from './division/division.module';
import { service } from './service';
import { TagModule } from './tag/tag.module';

@Module({ imports: [PlatformModule.forService(service), DivisionModule, TagModule] })
export class AppModule {}
