import { sqlMigration } from '@civic/platform';

/**
 * The Civil Code's grounds of exemption for adoptions, as data the bureau can read and extend, and
 * the placing party (送养人) with its consent recorded on each adoption.
 */
export const AdoptionExemptions1765000000002 = sqlMigration(
  'AdoptionExemptions',
  1765000000002,
  [
    `CREATE TABLE adoption_exemption (
      ground varchar(60) PRIMARY KEY,
      articles varchar(60) NOT NULL,
      waives jsonb NOT NULL,
      requires_birth_parents_consent boolean NOT NULL,
      description varchar(300) NOT NULL
    )`,
    `INSERT INTO adoption_exemption VALUES
      ('collateral-relative-child', 'Civil Code art. 1099', '["age-gap"]', false, '收养三代以内旁系同辈血亲的子女'),
      ('orphan-disabled-or-unfound-parents', 'Civil Code art. 1100(2)', '["children-count"]', false, '收养孤儿、残疾未成年人或者儿童福利机构抚养的查找不到生父母的未成年人'),
      ('step-child', 'Civil Code art. 1103', '["adopter-age", "children-count"]', true, '继父或者继母经继子女的生父母同意收养继子女')`,
    `ALTER TABLE adoption ADD COLUMN placing_party jsonb, ADD COLUMN exemption_ground varchar(60) REFERENCES adoption_exemption (ground)`,
  ],
  [`ALTER TABLE adoption DROP COLUMN exemption_ground, DROP COLUMN placing_party`, `DROP TABLE adoption_exemption`],
);
