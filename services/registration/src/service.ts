import { AdoptionRegistered, MARRIAGE_EVENTS } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The registration service (婚姻登记与收养登记 marriage and adoption registration) as the platform sees it. */
export const service = defineService('registration', __dirname, {
  description:
    '婚姻登记与收养登记 marriage and adoption registration: marriages and certificates, divorce by agreement with the cooling-off period, marital status, adoptions, registry office appointments.',
  version: '0.3.0',
  produces: [...MARRIAGE_EVENTS, AdoptionRegistered],
});
