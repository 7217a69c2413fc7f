import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { AgencyRegistryModule } from '@civic/supervision';
import { Module } from '@nestjs/common';
import { CemeteryModule } from './cemetery/cemetery.module';
import { ChargesModule } from './charges/charges.module';
import { DeathRecordModule } from './death-record/death-record.module';
import { ReservationModule } from './reservation/reservation.module';
import { service } from './service';

@Module({
  imports: [
    PlatformModule.forService(service),
    DivisionReadModelModule,
    DeathRecordModule,
    CemeteryModule,
    ReservationModule,
    ChargesModule,
    AgencyRegistryModule.register({ path: 'funeral-agencies', title: '殡葬代理 funeral agencies', permission: 'funeral-agency' }),
  ],
})
export class AppModule {}
