import { DivisionEstablished } from '@civic/contracts';
import { OutboxWriter } from '@civic/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The city and its 16 districts (GB/T 2260), with their established events so every read model learns them. */
const CITY = { code: '310000', name: '上海市', validFrom: '1949-05-27' };
const DISTRICTS: [string, string][] = [
  ['310101', '黄浦区'],
  ['310104', '徐汇区'],
  ['310105', '长宁区'],
  ['310106', '静安区'],
  ['310107', '普陀区'],
  ['310109', '虹口区'],
  ['310110', '杨浦区'],
  ['310112', '闵行区'],
  ['310113', '宝山区'],
  ['310114', '嘉定区'],
  ['310115', '浦东新区'],
  ['310116', '金山区'],
  ['310117', '松江区'],
  ['310118', '青浦区'],
  ['310120', '奉贤区'],
  ['310151', '崇明区'],
];
const DISTRICTS_VALID_FROM = '2016-07-22'; // the current set of 16 since Chongming became a district

export class SeedCityAndDistricts1764400000001 implements MigrationInterface {
  readonly name = 'SeedCityAndDistricts1764400000001';

  async up(runner: QueryRunner): Promise<void> {
    const rows = [
      { ...CITY, level: 'province', parentCode: null as string | null },
      ...DISTRICTS.map(([code, name]) => ({ code, name, level: 'county', parentCode: CITY.code, validFrom: DISTRICTS_VALID_FROM })),
    ];
    for (const r of rows) {
      await runner.query(
        `INSERT INTO community.division (code, name, level, parent_code, valid_from, status, version) VALUES ($1, $2, $3, $4, $5, 'active', 1)`,
        [r.code, r.name, r.level, r.parentCode, r.validFrom],
      );
      await runner.query(
        `INSERT INTO community.division_history (code, version, change, name, effective_date, recorded_by) VALUES ($1, 1, 'established', $2, $3, 'seed')`,
        [r.code, r.name, r.validFrom],
      );
    }
    await new OutboxWriter('community', '/civic/community').append(
      runner,
      rows.map((r) => ({
        type: DivisionEstablished.type,
        topic: DivisionEstablished.topic,
        subject: r.code,
        data: { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, validFrom: r.validFrom },
      })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM community.division_history WHERE recorded_by = 'seed'`);
    await runner.query(`DELETE FROM community.division WHERE parent_code = '310000'`);
    await runner.query(`DELETE FROM community.division WHERE code = '310000'`);
  }
}
