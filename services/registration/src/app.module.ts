import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { DivorceModule } from './divorce/divorce.module';
import { MarriageModule } from './marriage/marriage.module';
import { service } from './service';

@Module({ imports: [PlatformModule.forService(service), DivisionReadModelModule, MarriageModule, DivorceModule] })
export class AppModule {}
