import { quoteIdent } from '@civic/messaging';

/** The tables of an agency registry, in the schema of the service that supervises the agencies. */
export function agencyRegistryTablesSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.agency (
      id uuid PRIMARY KEY,
      uscc varchar(18) NOT NULL UNIQUE,
      name varchar(100) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
      status_reason varchar(500),
      registered_on date NOT NULL,
      version integer NOT NULL
    )`,
    `CREATE TABLE ${s}.agency_complaint (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES ${s}.agency (id),
      received_on date NOT NULL,
      complainant varchar(100) NOT NULL,
      summary varchar(2000) NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('open', 'upheld', 'dismissed')),
      resolution varchar(2000),
      resolved_on date
    )`,
    `CREATE TABLE ${s}.agency_action (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES ${s}.agency (id),
      kind varchar(30) NOT NULL CHECK (kind IN ('inspection', 'rectification-notice', 'joint-enforcement')),
      taken_on date NOT NULL,
      findings varchar(2000) NOT NULL,
      rectify_by date,
      partners varchar(200)[] NOT NULL DEFAULT '{}'
    )`,
    `CREATE INDEX agency_complaint_agency ON ${s}.agency_complaint (agency_id, status)`,
    `CREATE INDEX agency_action_agency ON ${s}.agency_action (agency_id, taken_on)`,
  ];
}
