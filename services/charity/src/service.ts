import { defineService } from '@civic/platform';

/** The charity service (社会组织、慈善与志愿服务 social organisations, charity and volunteering) as the platform sees it. */
export const service = defineService('charity', __dirname, {
  description: '社会组织、慈善与志愿服务 social organisations, charity and volunteering.',
  version: '0.1.0',
});
