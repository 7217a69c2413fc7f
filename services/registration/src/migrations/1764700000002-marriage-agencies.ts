import { sqlMigration } from '@civic/platform';
import { agencyRegistryTablesSql } from '@civic/supervision';

/** 婚姻介绍机构: the registry of marriage agencies, their complaints and inspections. */
export const MarriageAgencies1764700000002 = sqlMigration('MarriageAgencies', 1764700000002, agencyRegistryTablesSql('registration'), [
  'DROP TABLE registration.agency_action',
  'DROP TABLE registration.agency_complaint',
  'DROP TABLE registration.agency',
]);
