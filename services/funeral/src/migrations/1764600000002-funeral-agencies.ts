import { sqlMigration } from '@civic/platform';
import { agencyRegistryTablesSql } from '@civic/supervision';

/** 殡葬代理: the registry of funeral agencies, their complaints and joint-enforcement notices. */
export const FuneralAgencies1764600000002 = sqlMigration('FuneralAgencies', 1764600000002, agencyRegistryTablesSql('funeral'), [
  'DROP TABLE funeral.agency_action',
  'DROP TABLE funeral.agency_complaint',
  'DROP TABLE funeral.agency',
]);
