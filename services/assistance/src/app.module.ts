import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { service } from './service';

@Module({ imports: [PlatformModule.forService(service), DivisionReadModelModule] })
export class AppModule {}
