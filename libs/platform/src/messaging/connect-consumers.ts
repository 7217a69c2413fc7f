import type { INestApplication } from '@nestjs/common';
import { MessagingRuntime } from './messaging-runtime';

/**
 * Serves the app's `@OnEvent` handlers through the inbox transport, with the app's global
 * pipeline (interceptors, filters). Call before `app.init()`/`listen()`; then
 * `startAllMicroservices()` starts the consumer groups.
 */
export function connectConsumers(app: INestApplication): void {
  app.connectMicroservice({ strategy: app.get(MessagingRuntime).transport() }, { inheritAppConfig: true });
}
