import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { AutomaticTagModule } from './automatic-tag/automatic-tag.module';
import { CommunityWorkerModule } from './community-worker/community-worker.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { DivisionModule } from './division/division.module';
import { DwellingModule } from './dwelling/dwelling.module';
import { PersonModule } from './person/person.module';
import { PersonImportModule } from './person-import/person-import.module';
import { service } from './service';
import { ServiceApplicationModule } from './service-application/service-application.module';
import { StatisticsModule } from './statistics/statistics.module';
import { ServiceItemModule } from './service-item/service-item.module';
import { TagModule } from './tag/tag.module';
import { ConventionModule } from './convention/convention.module';
import { DeliberationModule } from './deliberation/deliberation.module';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionModule,
    TagModule,
    DwellingModule,
    PersonModule,
    PersonImportModule,
    AutomaticTagModule,
    StatisticsModule,
    CommunityWorkerModule,
    DisclosureModule,
    ServiceItemModule,
    ServiceApplicationModule,
    DeliberationModule,
    ConventionModule,
  ],
})
export class AppModule {}
