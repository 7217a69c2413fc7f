import { sqlMigration } from '@civic/platform';

/** 收养评估: one row per assessment, the adopters as an array of citizen IDs with their names. */
export const AdoptionAssessments1796100000003 = sqlMigration(
  'AdoptionAssessments',
  1796100000003,
  [
    `CREATE TABLE adoption_assessment (
      id uuid PRIMARY KEY,
      adopter_citizen_ids char(18)[] NOT NULL,
      adopter_names varchar(50)[] NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      applied_on date NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('applied', 'home-studied', 'completed')),
      home_study jsonb,
      result varchar(8) CHECK (result IN ('positive', 'negative')),
      reasons varchar(500)[] NOT NULL DEFAULT '{}',
      completed_on date,
      valid_until date,
      version integer NOT NULL,
      CHECK ((status = 'completed') = (result IS NOT NULL))
    )`,
    `CREATE INDEX adoption_assessment_district ON adoption_assessment (district_code, applied_on DESC)`,
    `CREATE INDEX adoption_assessment_adopters ON adoption_assessment USING gin (adopter_citizen_ids)`,
  ],
  ['DROP TABLE adoption_assessment'],
);
