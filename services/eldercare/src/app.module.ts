import { DivisionReadModelModule } from '@civic/divisions';
import { PlatformModule } from '@civic/platform';
import { Module } from '@nestjs/common';
import { service } from './service';
import { BedModule } from './bed/bed.module';
import { FacilityModule } from './facility/facility.module';

@Module({ imports: [PlatformModule.forService(service), DivisionReadModelModule, FacilityModule, BedModule] })
export class AppModule {}
