import { DivisionEstablished, DivisionMerged, DivisionRenamed, DivisionRevoked, PersonMoved, PersonTagged, PersonUntagged } from '@civic/contracts';
import { defineService } from '@civic/platform';

/** The community service (基层治理: divisions, community cloud, service items, workers). */
export const service = defineService('community', __dirname, {
  description:
    '基层治理 community governance: administrative divisions (行政区划), the authoritative register other services copy; the community cloud (社区云: persons, dwellings, the tag dictionary).',
  version: '0.2.0',
  produces: [DivisionEstablished, DivisionRenamed, DivisionRevoked, DivisionMerged, PersonTagged, PersonUntagged, PersonMoved],
});
