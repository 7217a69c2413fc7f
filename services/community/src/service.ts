import { DivisionEstablished, DivisionRenamed, DivisionRevoked } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The community service (基层治理: divisions, community cloud, service items, workers). */
export const service = defineService('community', __dirname, {
  description: '基层治理 community governance: administrative divisions (行政区划), the authoritative register other services copy.',
  version: '0.1.0',
  produces: [DivisionEstablished, DivisionRenamed, DivisionRevoked],
});
