import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { OrganisationModule } from './organisation/organisation.module';
import { service } from './service';

@Module({ imports: [PlatformModule.forService(service), DivisionReadModelModule, OrganisationModule] })
export class AppModule {}
