import {
  DivisionEstablished,
  DivisionMerged,
  DivisionRenamed,
  DivisionRevoked,
  PersonMoved,
  PersonTagged,
  PersonUntagged,
  ServiceItemAdmitted,
  ServiceItemWithdrawn,
} from '@civic/contracts';
import { defineService } from '@civic/platform';
import { MAX_PERSON_IMPORT_ROWS } from './person-import/domain/person-import-rows';

/** The community service (基层治理: divisions, community cloud, service items, workers). */
export const service = defineService('community', __dirname, {
  description:
    '基层治理 community governance: administrative divisions (行政区划), the authoritative register other services copy; the community cloud (社区云: persons, dwellings, the tag dictionary); the community affairs catalogue (社区事务受理事项) and its applications; community workers; deliberation, residents’ conventions and village affairs disclosures.',
  version: '0.3.0',
  produces: [
    DivisionEstablished,
    DivisionRenamed,
    DivisionRevoked,
    DivisionMerged,
    PersonTagged,
    PersonUntagged,
    PersonMoved,
    ServiceItemAdmitted,
    ServiceItemWithdrawn,
  ],
  // A committee's register file is refused while it is read once it passes the import's row cap.
  csvUploads: { maxRows: MAX_PERSON_IMPORT_ROWS },
});
