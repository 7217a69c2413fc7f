import { runView, SqlRunViews } from '@civic/payment-run';
import { PageQuery, SqlWhere, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AllowanceLineKey, AllowanceLineView, AllowancePaidRow, AllowanceRunQueries, AllowanceRunView } from '../application/allowance-run-queries';

/** Adapter of the allowance-run query port. */
@Injectable()
export class SqlAllowanceRunQueries implements AllowanceRunQueries {
  private readonly runs: SqlRunViews;

  constructor(private readonly uow: UnitOfWork) {
    this.runs = new SqlRunViews(uow, 'allowance_run');
  }

  async get(month: string): Promise<AllowanceRunView | null> {
    const row = await this.runs.get(month);
    return row ? (runView(row) as AllowanceRunView) : null;
  }

  async list(page: PageQuery): Promise<{ items: AllowanceRunView[]; total: number }> {
    const { rows, total } = await this.runs.list(page);
    return { items: rows.map((r) => runView(r) as AllowanceRunView), total };
  }

  async linesAfter(month: string, after: AllowanceLineKey | null, limit: number, scope: SqlWhere): Promise<AllowanceLineView[]> {
    const n = scope.params().length;
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT l.child_id, l.period::text AS period, l.kind, l.category, l.division_code, l.amount_fen,
              coalesce(g.name, c.name) AS payee_name, CASE WHEN g.name IS NULL THEN c.citizen_id ELSE g.citizen_id END AS payee_citizen_id,
              coalesce(g.relation, 'self') AS payee_relation
       FROM allowance_line l JOIN child c ON c.id = l.child_id
       LEFT JOIN LATERAL (SELECT name, citizen_id, relation FROM child_guardian
                          WHERE child_id = l.child_id AND to_date IS NULL ORDER BY from_date, id LIMIT 1) g ON true
       WHERE ${scope.sql()} AND l.month = $${n + 1}
         AND ($${n + 2}::uuid IS NULL OR (l.child_id, l.period, l.kind) > ($${n + 2}::uuid, $${n + 3}::date, $${n + 4}::text))
       ORDER BY l.child_id, l.period, l.kind LIMIT $${n + 5}`,
      [...scope.params(), month, after?.childId ?? null, after?.period ?? null, after?.kind ?? null, limit],
    );
    return rows.map((r) => ({
      childId: r.child_id,
      period: r.period,
      kind: r.kind,
      category: r.category,
      divisionCode: r.division_code,
      amountFen: Number(r.amount_fen),
      payeeName: r.payee_name,
      payeeCitizenId: r.payee_citizen_id,
      payeeRelation: r.payee_relation,
    }));
  }

  async paidPerMonth(from: string | null, to: string | null, scope: SqlWhere): Promise<AllowancePaidRow[]> {
    const n = scope.params().length;
    const rows: Record<string, any>[] = await this.uow.manager().query(
      `SELECT to_char(l.month, 'YYYY-MM') AS month, l.district_code, l.category,
              count(DISTINCT l.child_id) FILTER (WHERE l.kind = 'regular')::int AS children,
              coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'regular'), 0)::bigint AS regular,
              coalesce(sum(l.amount_fen) FILTER (WHERE l.kind <> 'regular'), 0)::bigint AS corrections,
              sum(l.amount_fen)::bigint AS total
       FROM allowance_line l JOIN allowance_run r ON r.month = l.month AND r.status = 'completed'
       WHERE ${scope.sql()} AND ($${n + 1}::date IS NULL OR l.month >= $${n + 1}::date) AND ($${n + 2}::date IS NULL OR l.month <= $${n + 2}::date)
       GROUP BY l.month, l.district_code, l.category ORDER BY l.month, l.district_code, l.category`,
      [...scope.params(), from, to],
    );
    return rows.map((r) => ({
      month: r.month,
      districtCode: r.district_code,
      category: r.category,
      children: r.children,
      regularFen: Number(r.regular),
      correctionsFen: Number(r.corrections),
      totalFen: Number(r.total),
    }));
  }
}
