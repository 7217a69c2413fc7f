import { sqlMigration } from '@civic/platform';

/** The care levels (照护等级) that make an elder 失能老人 in the community cloud: data, levels 2-6 (轻度至重度失能) to start. */
export const AutomaticTags1796200000002 = sqlMigration(
  'AutomaticTags',
  1796200000002,
  [
    `CREATE TABLE disability_levels (
      id smallint PRIMARY KEY CHECK (id = 1),
      levels smallint[] NOT NULL CHECK (cardinality(levels) > 0),
      version integer NOT NULL,
      updated_by varchar(200) NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `INSERT INTO disability_levels (id, levels, version, updated_by) VALUES (1, '{2,3,4,5,6}', 1, 'migration')`,
  ],
  ['DROP TABLE disability_levels'],
);
