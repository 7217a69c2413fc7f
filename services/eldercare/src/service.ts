import { defineService } from '@civic/platform';

/** The eldercare service (养老服务 elder care services) as the platform sees it. */
export const service = defineService('eldercare', __dirname, {
  description: '养老服务 elder care services.',
  version: '0.1.0',
});
