import { sqlMigration } from '@civic/platform';

/** Adoptions with the assessments they rest on; registry offices and appointments with daily capacity. */
export const AdoptionAndAppointments1764700000001 = sqlMigration(
  'AdoptionAndAppointments',
  1764700000001,
  [
    // 收养评估 results as child-welfare publishes them.
    `CREATE TABLE adoption_assessment (
      id uuid PRIMARY KEY,
      adopter_citizen_ids varchar(18)[] NOT NULL,
      result varchar(10) NOT NULL CHECK (result IN ('positive', 'negative')),
      completed_on date NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE adoption (
      id uuid PRIMARY KEY,
      assessment_id uuid NOT NULL REFERENCES adoption_assessment (id),
      adopters jsonb NOT NULL,
      adopter_citizen_ids varchar(18)[] NOT NULL,
      adoptee_citizen_id varchar(18) NOT NULL,
      adoptee_name varchar(50) NOT NULL,
      registered_on date NOT NULL,
      office_code varchar(12) NOT NULL,
      certificate_no varchar(40) NOT NULL UNIQUE
    )`,
    `CREATE UNIQUE INDEX adoption_one_per_adoptee ON adoption (adoptee_citizen_id)`,
    `CREATE INDEX adoption_adopters ON adoption USING gin (adopter_citizen_ids)`,
    // 婚姻登记处: any office serves any resident (跨区通办); foreign-related registrations only where designated.
    `CREATE TABLE registry_office (
      code varchar(12) PRIMARY KEY,
      name varchar(100) NOT NULL,
      daily_capacity integer NOT NULL CHECK (daily_capacity > 0),
      foreign_related boolean NOT NULL
    )`,
    `INSERT INTO registry_office (code, name, daily_capacity, foreign_related) VALUES
      ('310101', '黄浦区婚姻登记处', 120, false), ('310104', '徐汇区婚姻登记处', 120, false), ('310105', '长宁区婚姻登记处', 100, false),
      ('310106', '静安区婚姻登记处', 120, false), ('310107', '普陀区婚姻登记处', 100, false), ('310109', '虹口区婚姻登记处', 100, false),
      ('310110', '杨浦区婚姻登记处', 100, false), ('310112', '闵行区婚姻登记处', 150, false), ('310113', '宝山区婚姻登记处', 120, false),
      ('310114', '嘉定区婚姻登记处', 100, false), ('310115', '浦东新区婚姻登记处', 200, true), ('310116', '金山区婚姻登记处', 60, false),
      ('310117', '松江区婚姻登记处', 100, false), ('310118', '青浦区婚姻登记处', 80, false), ('310120', '奉贤区婚姻登记处', 80, false),
      ('310151', '崇明区婚姻登记处', 60, false)`,
    `CREATE TABLE office_day (
      office_code varchar(12) NOT NULL REFERENCES registry_office (code),
      day date NOT NULL,
      booked integer NOT NULL CHECK (booked >= 0),
      PRIMARY KEY (office_code, day)
    )`,
    `CREATE TABLE appointment (
      id uuid PRIMARY KEY,
      office_code varchar(12) NOT NULL REFERENCES registry_office (code),
      day date NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN ('marriage', 'divorce', 'adoption', 'reissue')),
      foreign_related boolean NOT NULL,
      citizen_ids varchar(18)[] NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('booked', 'cancelled')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX appointment_office_day ON appointment (office_code, day)`,
  ],
  ['DROP TABLE appointment', 'DROP TABLE office_day', 'DROP TABLE registry_office', 'DROP TABLE adoption', 'DROP TABLE adoption_assessment'],
);
