import { Logger } from '@nestjs/common';
import type { MessagingLogger } from '@civic/messaging';

/** Adapts Nest's logger (pino underneath) to what libs/messaging expects. */
export function messagingLogger(logger: Logger): MessagingLogger {
  return {
    info: (obj, msg) => logger.log({ ...obj, msg }),
    warn: (obj, msg) => logger.warn({ ...obj, msg }),
    error: (obj, msg) => logger.error({ ...obj, msg }),
    debug: (obj, msg) => logger.debug({ ...obj, msg }),
  };
}
