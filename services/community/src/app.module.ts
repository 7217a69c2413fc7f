import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { DivisionModule } from './division/division.module';
import { service } from './service';

@Module({ imports: [PlatformModule.forService(service), DivisionModule] })
export class AppModule {}
