import { DivisionReadModelModule } from '@civic/divisions';
import { DynamicModule, Module } from '@nestjs/common';
import { AgencyRegistry } from './agency-registry';
import { agencyRegistryController, AgencyRegistryOptions } from './agency-registry.controller';

@Module({})
export class AgencyRegistryModule {
  /** An agency registry at /api/v1/<path>; its tables come from agencyRegistryTablesSql in the service's migration. */
  static register(options: AgencyRegistryOptions): DynamicModule {
    return { module: AgencyRegistryModule, imports: [DivisionReadModelModule], controllers: [agencyRegistryController(options)], providers: [AgencyRegistry] };
  }
}
