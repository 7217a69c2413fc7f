import { ADULT_AGE } from '../../child/domain/child-rules';

/**
 * `monthlyAllowance` (allowance/domain/allowance-rules.ts) as SQL, for every child ever in a paid
 * category, in the month whose first day is the SQL expression `month`: the standard of the category
 * in force at the month's end, through the month of the 18th birthday (from the citizen ID) and of
 * the record's closing. The allowance-runs API test holds the two to the same answers.
 */
export function allowanceDueSql(month: string): string {
  return `SELECT c.id AS child_id, cat.category, c.division_code, c.district_code,
    CASE WHEN ${month} <= date_trunc('month', to_date(substr(c.citizen_id, 7, 8), 'YYYYMMDD') + interval '${ADULT_AGE} years')::date
          AND (c.closed_on IS NULL OR ${month} <= date_trunc('month', c.closed_on)::date)
    THEN coalesce((SELECT s.monthly_amount_fen FROM allowance_standard s
                   WHERE s.category = cat.category AND s.effective_from <= ${month} ORDER BY s.effective_from DESC LIMIT 1), 0)
    ELSE 0 END AS amount_fen
  FROM child c
  CROSS JOIN LATERAL (SELECT cp.category FROM child_category_period cp
                      WHERE cp.child_id = c.id AND cp.effective_on < (${month} + interval '1 month')::date
                      ORDER BY cp.effective_on DESC LIMIT 1) cat
  WHERE EXISTS (SELECT 1 FROM child_category_period q WHERE q.child_id = c.id AND q.category IN ('orphan', 'de-facto-unattended'))`;
}

/** The children due an allowance in the month in parameter `$1`. */
export const DUE_IN_MONTH_SQL = `SELECT * FROM (${allowanceDueSql('$1::date')}) due WHERE due.amount_fen > 0`;
