import { CharitableTrustFiled, DonationReceived, FundraisingPlanFiled, ORGANISATION_EVENTS } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The charity service (社会组织、慈善与志愿服务 social organisations, charity and volunteering) as the platform sees it. */
export const service = defineService('charity', __dirname, {
  description:
    '社会组织、慈善与志愿服务 social organisations, charity and volunteering: registration, annual inspection, grades and the dormancy review of social organisations; charity recognition, public fundraising, fundraising plans and charitable trusts; donations with their receipts; charity supermarkets; volunteers and their service hours.',
  version: '0.2.0',
  produces: [...ORGANISATION_EVENTS, FundraisingPlanFiled, CharitableTrustFiled, DonationReceived],
});
