import type { ServiceDefinition } from '@civic/platform';
import type { Type } from '@nestjs/common';
import { AppModule as AssistanceModule } from '../services/assistance/src/app.module';
import { service as assistance } from '../services/assistance/src/service';
import { AppModule as CharityModule } from '../services/charity/src/app.module';
import { service as charity } from '../services/charity/src/service';
import { AppModule as ChildWelfareModule } from '../services/child-welfare/src/app.module';
import { service as childWelfare } from '../services/child-welfare/src/service';
import { AppModule as CommunityModule } from '../services/community/src/app.module';
import { service as community } from '../services/community/src/service';
import { AppModule as EldercareModule } from '../services/eldercare/src/app.module';
import { service as eldercare } from '../services/eldercare/src/service';
import { AppModule as FuneralModule } from '../services/funeral/src/app.module';
import { service as funeral } from '../services/funeral/src/service';
import { AppModule as RegistrationModule } from '../services/registration/src/app.module';
import { service as registration } from '../services/registration/src/service';

/** The seven services, for cross-service tests (and only tests: services never import each other). */
export const SERVICES: Record<string, { module: Type; definition: ServiceDefinition }> = {
  community: { module: CommunityModule, definition: community },
  assistance: { module: AssistanceModule, definition: assistance },
  eldercare: { module: EldercareModule, definition: eldercare },
  'child-welfare': { module: ChildWelfareModule, definition: childWelfare },
  registration: { module: RegistrationModule, definition: registration },
  funeral: { module: FuneralModule, definition: funeral },
  charity: { module: CharityModule, definition: charity },
};

export const DIVISION_CONSUMERS = ['assistance', 'eldercare', 'child-welfare', 'registration', 'funeral', 'charity'];
