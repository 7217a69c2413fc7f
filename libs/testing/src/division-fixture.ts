import type { TestService } from './service-harness';
import { DataSource } from 'typeorm';

/** Divisions the tests use: the city, two districts and some sub-districts, and one revoked. */
const TEST_DIVISIONS: [string, string, string, string | null, string | null][] = [
  ['310000', '上海市', 'province', null, null],
  ['310104', '徐汇区', 'county', '310000', null],
  ['310104003', '天平路街道', 'township', '310104', null],
  ['310104004', '湖南路街道', 'township', '310104', null],
  ['310115', '浦东新区', 'county', '310000', null],
  ['310115001', '潍坊新村街道', 'township', '310115', null],
  ['310118', '青浦区', 'county', '310000', null],
  ['310104099', '已撤销街道', 'township', '310104', '2020-01-01'],
];

/** A connection that runs parameterised SQL: a pg Client, a pool or a TypeORM DataSource. */
export interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * Puts the test divisions into a service's division read model (in-process, or by SQL for a service started as a process), as community's events would: for
 * tests of one service, without waiting for the division flow (which has its own tests).
 */
export async function seedTestDivisions(service: TestService | Queryable, schema: string): Promise<void> {
  const db = 'app' in service ? service.app.get(DataSource) : service;
  for (const [code, name, level, parent, validTo] of TEST_DIVISIONS) {
    await db.query(
      `INSERT INTO ${schema}.division (code, name, level, parent_code, valid_from, valid_to, status, last_event_id, updated_at)
       VALUES ($1, $2, $3, $4, '2016-07-22', $5, $6, '00000000-0000-4000-8000-000000000000', now()) ON CONFLICT (code) DO NOTHING`,
      [code, name, level, parent, validTo, validTo ? 'revoked' : 'active'],
    );
  }
}
