import { Module } from '@nestjs/common';
import { DivisionModule } from '../division/division.module';
import { ServiceItemModule } from '../service-item/service-item.module';
import { ServiceApplicationCommands } from './application/service-application-commands';
import { SERVICE_APPLICATION_QUERIES } from './application/service-application-queries';
import { SERVICE_APPLICATION_REPOSITORY } from './domain/service-application.repository';
import { ServiceApplicationsController } from './http/service-applications.controller';
import { SqlServiceApplicationQueries } from './persistence/service-application.queries';
import { SqlServiceApplicationRepository } from './persistence/sql-service-application.repository';

/** 社区事务受理: applications at the acceptance centres against the catalogue's items, due by their time limits. */
@Module({
  imports: [DivisionModule, ServiceItemModule],
  controllers: [ServiceApplicationsController],
  providers: [
    ServiceApplicationCommands,
    { provide: SERVICE_APPLICATION_REPOSITORY, useClass: SqlServiceApplicationRepository },
    { provide: SERVICE_APPLICATION_QUERIES, useClass: SqlServiceApplicationQueries },
  ],
})
export class ServiceApplicationModule {}
