import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { AgencyRegistryModule } from '@civic/supervision';
import { Module } from '@nestjs/common';
import { AdoptionModule } from './adoption/adoption.module';
import { AppointmentModule } from './appointment/appointment.module';
import { DivorceModule } from './divorce/divorce.module';
import { MarriageModule } from './marriage/marriage.module';
import { service } from './service';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    MarriageModule,
    DivorceModule,
    AdoptionModule,
    AppointmentModule,
    AgencyRegistryModule.register({ path: 'marriage-agencies', title: '婚姻介绍机构 marriage agencies', permission: 'marriage-agency' }),
  ],
})
export class AppModule {}
