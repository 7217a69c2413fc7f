import { Money } from '@civic/domain-kernel';
import { citizenIdForCaller, districtFilter, divisionOfRow, PageQuery, pageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import {
  CustomerView,
  DistributionView,
  StockLotView,
  stockLotView,
  SupermarketQueries,
  SupermarketView,
  supermarketView,
} from '../application/supermarket-queries';
import { ELIGIBLE_ON, STOCK_LOT_COLUMNS, StockLotRow, SUPERMARKET_COLUMNS, SupermarketRow, USED_IN_MONTH } from './supermarket.row';
import { toLot, toSupermarket } from './sql-supermarket.repository';

/** Adapter of the supermarket query port. */
@Injectable()
export class SqlSupermarketQueries implements SupermarketQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'supermarket', id);
  }

  async get(id: string): Promise<SupermarketView | null> {
    const [row] = await this.uow.manager().query(`SELECT ${SUPERMARKET_COLUMNS} FROM supermarket WHERE id = $1`, [id]);
    return row ? supermarketView(toSupermarket(row)) : null;
  }

  async list(filter: { divisionCode?: string; status?: string }, page: PageQuery): Promise<{ items: SupermarketView[]; total: number }> {
    const where = districtFilter('district_code', filter.divisionCode ? { column: 'division_code', prefix: filter.divisionCode } : undefined);
    if (filter.status) where.add('status = ?', filter.status);
    const { rows, total } = await pageQuery<SupermarketRow>(
      this.uow.manager(),
      { columns: SUPERMARKET_COLUMNS, from: 'supermarket', where, order: 'name, id' },
      page,
    );
    return { items: rows.map((row) => supermarketView(toSupermarket(row))), total };
  }

  async stock(id: string, inStockOnly: boolean): Promise<StockLotView[]> {
    const rows: StockLotRow[] = await this.uow
      .manager()
      .query(
        `SELECT ${STOCK_LOT_COLUMNS} FROM supermarket_stock WHERE supermarket_id = $1${inStockOnly ? ' AND quantity_left > 0' : ''} ORDER BY received_on, id`,
        [id],
      );
    return rows.map((row) => stockLotView(toLot(row)));
  }

  async distributions(id: string, filter: { month?: string }, page: PageQuery): Promise<{ items: DistributionView[]; total: number }> {
    const where = new SqlWhere().add('d.supermarket_id = ?', id);
    if (filter.month) where.add(`to_char(d.given_on, 'YYYY-MM') = ?`, filter.month);
    const { rows, total } = await pageQuery<{
      id: string;
      stock_id: string;
      citizen_id: string;
      item: string;
      quantity: number;
      value_fen: string;
      given_on: string;
    }>(
      this.uow.manager(),
      {
        columns: `d.id, d.stock_id, d.citizen_id, s.item, d.quantity, d.value_fen, d.given_on::text AS given_on`,
        from: 'supermarket_distribution d JOIN supermarket_stock s ON s.id = d.stock_id',
        where,
        order: 'd.given_on DESC, d.id',
      },
      page,
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        stockId: row.stock_id,
        citizenId: citizenIdForCaller('charity', row.citizen_id),
        item: row.item,
        quantity: row.quantity,
        value: Money.ofFen(Number(row.value_fen)).toString(),
        givenOn: row.given_on,
      })),
      total,
    };
  }

  async customer(supermarket: SupermarketView, citizenId: string, today: string): Promise<CustomerView> {
    const [row] = await this.uow.manager().query(
      `SELECT ARRAY(SELECT DISTINCT programme FROM supermarket_eligibility WHERE citizen_id = $1 AND district_code = $3 AND ${ELIGIBLE_ON} ORDER BY programme) AS programmes,
              ${USED_IN_MONTH} AS used_fen`,
      [citizenId, today, supermarket.divisionCode.slice(0, 6)],
    );
    const allowance = Money.parse(supermarket.monthlyAllowance);
    const used = Money.ofFen(Number(row.used_fen));
    return {
      citizenId: citizenIdForCaller('charity', citizenId),
      eligible: row.programmes.length > 0,
      programmes: row.programmes,
      month: today.slice(0, 7),
      monthlyAllowance: allowance.toString(),
      usedThisMonth: used.toString(),
      remaining: allowance.minus(used).atLeastZero().toString(),
    };
  }
}
