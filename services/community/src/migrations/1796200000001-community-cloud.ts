import { sqlMigration } from '@civic/platform';

/**
 * 社区云 人房数据: dwellings per committee, persons (one per citizen ID) in at most one dwelling,
 * their residence history, and their tags. Sized for 25 million persons: every list reads an index
 * in keyset order (committee, id), and the tag search reads the open tags by (tag, committee, person).
 */
export const CommunityCloud1796200000001 = sqlMigration(
  'CommunityCloud',
  1796200000001,
  [
    `CREATE TABLE dwelling (
      id uuid PRIMARY KEY,
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      address varchar(200) NOT NULL,
      kind varchar(12) NOT NULL CHECK (kind IN ('apartment', 'house', 'collective', 'other')),
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX dwelling_one_per_address ON dwelling (committee_code, address)`,
    `CREATE INDEX dwelling_by_division ON dwelling (committee_code text_pattern_ops, id)`,
    `CREATE TABLE person (
      id uuid PRIMARY KEY,
      citizen_id char(18) NOT NULL,
      name varchar(50) NOT NULL,
      dwelling_id uuid REFERENCES dwelling (id),
      -- The committee of the dwelling, or of the last one after moving out (district scope and search).
      committee_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      status varchar(10) NOT NULL CHECK (status IN ('resident', 'moved-out', 'deceased')),
      died_on date,
      version integer NOT NULL
    )`,
    `CREATE UNIQUE INDEX person_one_per_citizen ON person (citizen_id)`,
    `CREATE INDEX person_by_division ON person (committee_code text_pattern_ops, id) WHERE status = 'resident'`,
    `CREATE INDEX person_in_dwelling ON person (dwelling_id) WHERE dwelling_id IS NOT NULL`,
    `CREATE TABLE person_residence (
      id bigserial PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES person (id),
      dwelling_id uuid NOT NULL REFERENCES dwelling (id),
      committee_code varchar(12) NOT NULL,
      from_date date NOT NULL,
      to_date date,
      end_reason varchar(200)
    )`,
    // A person lives in one dwelling at a time.
    `CREATE UNIQUE INDEX person_residence_one_open ON person_residence (person_id) WHERE to_date IS NULL`,
    `CREATE INDEX person_residence_of ON person_residence (person_id, from_date)`,
    `CREATE TABLE person_tag (
      id bigserial PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES person (id),
      tag_code varchar(40) NOT NULL REFERENCES tag (code),
      committee_code varchar(12),
      tagged_at timestamptz NOT NULL,
      tagged_by varchar(200) NOT NULL,
      tag_reason varchar(500) NOT NULL,
      untagged_at timestamptz,
      untagged_by varchar(200),
      untag_reason varchar(500)
    )`,
    `CREATE UNIQUE INDEX person_tag_one_open ON person_tag (person_id, tag_code) WHERE untagged_at IS NULL`,
    `CREATE INDEX person_tag_search ON person_tag (tag_code, committee_code text_pattern_ops, person_id) WHERE untagged_at IS NULL`,
    `CREATE INDEX person_tag_history ON person_tag (person_id, id)`,
  ],
  ['DROP TABLE person_tag', 'DROP TABLE person_residence', 'DROP TABLE person', 'DROP TABLE dwelling'],
);
