import { bootstrapService } from '@civic/platform';
import { AppModule } from './app.module';
import { service } from './service';

void bootstrapService(AppModule, service);
