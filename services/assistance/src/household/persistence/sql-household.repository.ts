import { CitizenId, districtOf, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DuplicateMatch, DuplicateMatcher } from '../domain/duplicate-screening';
import { Household, HouseholdState } from '../domain/household';
import { HouseholdChange } from '../domain/household-change';
import { DisabilityGrade, HouseholdMember, Relation } from '../domain/household-member';
import { HouseholdRepository } from '../domain/household.repository';
import { maskBankAccountNumber } from '@civic/domain-kernel';

/** Adapter: households and members in assistance's schema, written only over the version read. */
@Injectable()
export class SqlHouseholdRepository implements HouseholdRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Household | null> {
    const db = this.uow.manager();
    const [row] = await db.query(
      `SELECT h.*, pa.payee_citizen_id, pa.bank_name, pa.account_number FROM household h LEFT JOIN household_payee_account pa ON pa.household_id = h.id
       WHERE h.id = $1${options.forUpdate ? ' FOR UPDATE OF h' : ''}`,
      [id],
    );
    if (!row) return null;
    const members = await db.query(`SELECT * FROM household_member WHERE household_id = $1 ORDER BY position`, [id]);
    return Household.restore(stateOf(row, members));
  }

  async save(household: Household, changes: HouseholdChange[], expectedVersion: number | null): Promise<void> {
    const tx = this.uow.transaction();
    const s = household.snapshot();
    const district = districtOf(s.divisionCode);
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO household (id, division_code, district_code, address, status, review_status, review_notes, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [s.id, s.divisionCode, district, s.address, s.status, s.reviewStatus, JSON.stringify(s.reviewNotes), s.version],
      );
    } else {
      const updated = await queryReturning(
        tx,
        `UPDATE household SET division_code = $2, district_code = $3, address = $4, status = $5, review_status = $6, review_notes = $7, version = $8, updated_at = now()
         WHERE id = $1 AND version = $9 RETURNING id`,
        [s.id, s.divisionCode, district, s.address, s.status, s.reviewStatus, JSON.stringify(s.reviewNotes), s.version, expectedVersion],
      );
      if (updated.length !== 1) throw new ConcurrentUpdateError();
      await tx.query(`DELETE FROM household_member WHERE household_id = $1`, [s.id]);
    }
    await tx.query(
      `INSERT INTO household_member (household_id, citizen_id, name, birth_date, sex, relation, monthly_income_fen, assets_fen, disability_grade, active, position)
       SELECT $1, m.citizen_id, m.name, m.birth_date::date, m.sex, m.relation, m.income, m.assets, m.grade, $2, m.position
       FROM jsonb_to_recordset($3::jsonb) AS m(citizen_id text, name text, birth_date text, sex text, relation text, income bigint, assets bigint, grade smallint, position smallint)`,
      [s.id, s.status === 'active', JSON.stringify(s.members.map(memberRow))],
    );
    const writer = recordedBy();
    if (s.payeeAccount)
      await tx.query(
        `INSERT INTO household_payee_account (household_id, payee_citizen_id, bank_name, account_number, recorded_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (household_id) DO UPDATE SET payee_citizen_id = $2, bank_name = $3, account_number = $4, recorded_by = $5, recorded_at = now()`,
        [s.id, s.payeeAccount.payeeCitizenId, s.payeeAccount.bankName, s.payeeAccount.accountNumber, writer],
      );
    else if (expectedVersion !== null) await tx.query(`DELETE FROM household_payee_account WHERE household_id = $1`, [s.id]);
    const snapshot = JSON.stringify(snapshotOf(s));
    for (const change of changes) {
      await tx.query(
        `INSERT INTO household_history (household_id, version, change, reason, snapshot, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (household_id, version) DO UPDATE SET change = household_history.change || '+' || EXCLUDED.change, snapshot = EXCLUDED.snapshot`,
        [s.id, s.version, change.kind, 'reason' in change ? change.reason : null, snapshot, writer],
      );
    }
  }

  async duplicateMatchers(): Promise<DuplicateMatcher[]> {
    return this.uow.manager().query(`SELECT code, kind, action, enabled FROM duplicate_matcher ORDER BY code`);
  }

  async findDuplicates(
    members: readonly HouseholdMember[],
    divisionCode: string,
    excludeHouseholdId: string,
    kinds: DuplicateMatcher['kind'][],
  ): Promise<DuplicateMatch[]> {
    const db = this.uow.manager();
    const matches: DuplicateMatch[] = [];
    if (kinds.includes('citizen-id')) {
      const rows = await db.query(`SELECT citizen_id, household_id FROM household_member WHERE active AND citizen_id = ANY($1) AND household_id <> $2`, [
        members.map((m) => m.citizenId.value),
        excludeHouseholdId,
      ]);
      matches.push(
        ...rows.map((r: { citizen_id: string; household_id: string }) => ({
          kind: 'citizen-id' as const,
          memberCitizenId: r.citizen_id,
          citizenId: r.citizen_id,
          otherHouseholdId: r.household_id,
        })),
      );
    }
    if (kinds.includes('name-birth-division')) {
      // Same name and birth date in the same division, under a different ID number (a mistyped or second ID).
      const rows = await db.query(
        `SELECT m.citizen_id, m.household_id, c.citizen_id AS member_citizen_id FROM household_member m JOIN household h ON h.id = m.household_id
         JOIN jsonb_to_recordset($1::jsonb) AS c(citizen_id text, name text, birth_date text) ON m.name = c.name AND m.birth_date = c.birth_date::date AND m.citizen_id <> c.citizen_id
         WHERE m.active AND h.division_code = $2 AND m.household_id <> $3`,
        [
          JSON.stringify(members.map((m) => ({ citizen_id: m.citizenId.value, name: m.name, birth_date: m.citizenId.birthDate.toString() }))),
          divisionCode,
          excludeHouseholdId,
        ],
      );
      matches.push(
        ...rows.map((r: { citizen_id: string; household_id: string; member_citizen_id: string }) => ({
          kind: 'name-birth-division' as const,
          memberCitizenId: r.member_citizen_id,
          citizenId: r.citizen_id,
          otherHouseholdId: r.household_id,
        })),
      );
    }
    return matches;
  }
}

function memberRow(m: HouseholdMember, position: number) {
  return {
    citizen_id: m.citizenId.value,
    name: m.name,
    birth_date: m.citizenId.birthDate.toString(),
    sex: m.citizenId.sex,
    relation: m.relation,
    income: m.monthlyIncome.fen,
    assets: m.assets.fen,
    grade: m.disabilityGrade,
    position,
  };
}

/** What a history row keeps: the household as it was after the change (the account number masked: history need not hold it whole). */
export function snapshotOf(s: Readonly<HouseholdState>) {
  return {
    divisionCode: s.divisionCode,
    address: s.address,
    status: s.status,
    reviewStatus: s.reviewStatus,
    payeeAccount: s.payeeAccount && { ...s.payeeAccount, accountNumber: maskBankAccountNumber(s.payeeAccount.accountNumber) },
    members: s.members.map((m) => ({
      citizenId: m.citizenId.value,
      name: m.name,
      relation: m.relation,
      monthlyIncome: m.monthlyIncome.toString(),
      assets: m.assets.toString(),
      disabilityGrade: m.disabilityGrade,
    })),
  };
}

interface HouseholdRow {
  id: string;
  division_code: string;
  address: string;
  status: HouseholdState['status'];
  review_status: HouseholdState['reviewStatus'];
  review_notes: string[];
  version: number;
  payee_citizen_id?: string | null;
  bank_name?: string | null;
  account_number?: string | null;
}
interface MemberRow {
  citizen_id: string;
  name: string;
  relation: Relation;
  monthly_income_fen: string;
  assets_fen: string;
  disability_grade: number | null;
}

/** Rows back to the domain; stored IDs were validated on the way in, so they are re-read without the clock. */
export function stateOf(row: HouseholdRow, members: MemberRow[]): HouseholdState {
  return {
    id: row.id,
    divisionCode: row.division_code,
    address: row.address,
    status: row.status,
    reviewStatus: row.review_status,
    reviewNotes: row.review_notes,
    payeeAccount: row.payee_citizen_id ? { payeeCitizenId: row.payee_citizen_id, bankName: row.bank_name!, accountNumber: row.account_number! } : null,
    version: row.version,
    members: members.map((m) => ({
      citizenId: CitizenId.parse(m.citizen_id),
      name: m.name,
      relation: m.relation,
      monthlyIncome: Money.ofFen(Number(m.monthly_income_fen)),
      assets: Money.ofFen(Number(m.assets_fen)),
      disabilityGrade: m.disability_grade as DisabilityGrade | null,
    })),
  };
}
