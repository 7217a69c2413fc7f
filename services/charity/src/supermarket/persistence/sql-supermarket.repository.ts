import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Customer } from '../domain/distribution';
import { donationStocked, StockLot } from '../domain/stock-lot';
import { Supermarket } from '../domain/supermarket';
import { Distribution, SupermarketRepository } from '../domain/supermarket.repository';
import { ELIGIBLE_ON, STOCK_LOT_COLUMNS, StockLotRow, SUPERMARKET_COLUMNS, SupermarketRow, USED_IN_MONTH } from './supermarket.row';

/**
 * Adapter: `supermarket`, `supermarket_stock` (one lot per goods donation: the unique donation
 * refuses stocking it twice) and `supermarket_distribution`. A resident's turn at the counter is a
 * transaction-scoped advisory lock on their citizen ID, so two counters never spend one allowance twice;
 * the lot's quantity only goes down while enough is left.
 */
@Injectable()
export class SqlSupermarketRepository implements SupermarketRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Supermarket | null> {
    const [row] = await this.uow.manager().query(`SELECT ${SUPERMARKET_COLUMNS} FROM supermarket WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toSupermarket(row) : null;
  }

  async save(supermarket: Supermarket, expectedVersion: number | null): Promise<void> {
    const s = supermarket.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await tx.query(
        `INSERT INTO supermarket (id, name, division_code, district_code, operator_organisation_id, monthly_allowance_fen, status, closed_reason, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [s.id, s.name, s.divisionCode, districtOf(s.divisionCode), s.operatorOrganisationId, s.monthlyAllowance.fen, s.status, s.closedReason, s.version],
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE supermarket SET monthly_allowance_fen = $2, status = $3, closed_reason = $4, version = $5 WHERE id = $1 AND version = $6 RETURNING id`,
      [s.id, s.monthlyAllowance.fen, s.status, s.closedReason, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async addLot(lot: StockLot, recordedBy: string): Promise<void> {
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `INSERT INTO supermarket_stock (id, supermarket_id, donation_id, item, unit, quantity_received, quantity_left, unit_value_fen, received_on, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            lot.id,
            lot.supermarketId,
            lot.donationId,
            lot.item,
            lot.unit,
            lot.quantityReceived,
            lot.quantityLeft,
            lot.unitValue.fen,
            lot.receivedOn.toString(),
            recordedBy,
          ],
        ),
      { supermarket_stock_donation_key: donationStocked },
    );
  }

  async findLot(supermarketId: string, lotId: string): Promise<StockLot | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${STOCK_LOT_COLUMNS} FROM supermarket_stock WHERE id = $1 AND supermarket_id = $2 FOR UPDATE`, [lotId, supermarketId]);
    return row ? toLot(row) : null;
  }

  async customer(citizenId: string, on: BusinessDate): Promise<Customer> {
    const tx = this.uow.transaction();
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('supermarket-customer:' || $1))`, [citizenId]);
    const [row] = await tx.query(
      `SELECT ARRAY(SELECT DISTINCT district_code FROM supermarket_eligibility WHERE citizen_id = $1 AND ${ELIGIBLE_ON}) AS districts, ${USED_IN_MONTH} AS used_fen`,
      [citizenId, on.toString()],
    );
    return { eligibleDistricts: row.districts, usedThisMonth: Money.ofFen(Number(row.used_fen)) };
  }

  async give(distribution: Distribution, recordedBy: string): Promise<void> {
    const tx = this.uow.transaction();
    const taken = await queryReturning(
      tx,
      `UPDATE supermarket_stock SET quantity_left = quantity_left - $2 WHERE id = $1 AND quantity_left >= $2 RETURNING id`,
      [distribution.stockId, distribution.quantity],
    );
    if (taken.length !== 1) throw new ConcurrentUpdateError();
    await tx.query(
      `INSERT INTO supermarket_distribution (id, supermarket_id, stock_id, citizen_id, quantity, value_fen, given_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        distribution.id,
        distribution.supermarketId,
        distribution.stockId,
        distribution.citizenId,
        distribution.quantity,
        distribution.value.fen,
        distribution.givenOn.toString(),
        recordedBy,
      ],
    );
  }
}

export function toSupermarket(row: SupermarketRow): Supermarket {
  return Supermarket.restore({
    id: row.id,
    name: row.name,
    divisionCode: row.division_code,
    operatorOrganisationId: row.operator_organisation_id,
    monthlyAllowance: Money.ofFen(Number(row.monthly_allowance_fen)),
    status: row.status,
    closedReason: row.closed_reason,
    version: row.version,
  });
}

export function toLot(row: StockLotRow): StockLot {
  return {
    id: row.id,
    supermarketId: row.supermarket_id,
    donationId: row.donation_id,
    item: row.item,
    unit: row.unit,
    quantityReceived: row.quantity_received,
    quantityLeft: row.quantity_left,
    unitValue: Money.ofFen(Number(row.unit_value_fen)),
    receivedOn: BusinessDate.parse(row.received_on),
  };
}
