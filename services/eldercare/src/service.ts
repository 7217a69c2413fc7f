import { CareLevelAssessed, FACILITY_EVENTS, PLACEMENT_EVENTS } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The eldercare service (养老服务 elder care services) as the platform sees it. */
export const service = defineService('eldercare', __dirname, {
  description:
    '养老服务 elder care services: facilities (养老服务设施) with their filing (备案), grade (等级评定) and credit (信用评价), ' +
    'beds and residents, care assessments, the basic-guarantee waiting list (保基本床位轮候), home adaptation, meals and care workers.',
  version: '0.2.0',
  produces: [...FACILITY_EVENTS, ...PLACEMENT_EVENTS, CareLevelAssessed],
});
