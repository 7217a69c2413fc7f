import { sqlMigration } from '@civic/platform';

/**
 * 标签字典: the governed tags of the community cloud, each with its history. Seeded with the tags
 * the plan names: community's own (set by officers) and those other contexts' events set.
 */
export const TagDictionary1796200000000 = sqlMigration(
  'TagDictionary',
  1796200000000,
  [
    `CREATE TABLE tag (
      code varchar(40) PRIMARY KEY,
      name varchar(50) NOT NULL,
      meaning varchar(500) NOT NULL,
      owner varchar(20) NOT NULL CHECK (owner IN ('community', 'assistance', 'eldercare', 'child-welfare', 'funeral', 'charity', 'registration')),
      set_by varchar(10) NOT NULL CHECK (set_by IN ('officers', 'events')),
      status varchar(10) NOT NULL CHECK (status IN ('admitted', 'withdrawn')),
      withdrawn_reason varchar(500),
      version integer NOT NULL,
      CHECK ((owner = 'community') = (set_by = 'officers'))
    )`,
    `CREATE TABLE tag_history (
      id bigserial PRIMARY KEY,
      code varchar(40) NOT NULL REFERENCES tag (code),
      change varchar(10) NOT NULL CHECK (change IN ('admitted', 'changed', 'withdrawn')),
      name varchar(50) NOT NULL,
      meaning varchar(500) NOT NULL,
      set_by varchar(10) NOT NULL,
      reason varchar(500),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX tag_history_of ON tag_history (code, id)`,
    `INSERT INTO tag (code, name, meaning, owner, set_by, status, version) VALUES
      ('living-alone-elder', '独居老人', '60 周岁以上独自居住的老年人', 'community', 'officers', 'admitted', 1),
      ('advanced-age', '高龄老人', '80 周岁以上的老年人', 'community', 'officers', 'admitted', 1),
      ('disabled', '残疾人', '持有残疾人证的居民', 'community', 'officers', 'admitted', 1),
      ('dibao', '低保户', '享受最低生活保障的家庭成员 (assistance 的低保待遇)', 'assistance', 'events', 'admitted', 1),
      ('tekun', '特困人员', '特困人员救助供养对象 (assistance 的特困待遇)', 'assistance', 'events', 'admitted', 1),
      ('child-in-difficulty', '困境儿童', 'child-welfare 登记的困境儿童', 'child-welfare', 'events', 'admitted', 1),
      ('disabled-elder', '失能老人', 'eldercare 评估为失能的老年人 (照护等级见数据)', 'eldercare', 'events', 'admitted', 1)`,
    `INSERT INTO tag_history (code, change, name, meaning, set_by, recorded_by)
      SELECT code, 'admitted', name, meaning, set_by, 'migration' FROM tag`,
  ],
  ['DROP TABLE tag_history', 'DROP TABLE tag'],
);
