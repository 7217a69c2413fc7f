/**
 * `isPayableIn` as a condition on `benefit b` for the month's first day in `$1` (see
 * domain/payable.ts): the status in force is that of the latest change effective by then (the
 * latest recorded of a day), else active. `payable-rule.test.ts` holds the two to the same answers.
 */
export const PAYABLE_SQL = `b.starts_on <= $1::date AND (b.ends_on IS NULL OR b.ends_on >= $1::date)
  AND coalesce((SELECT c.to_status FROM benefit_status_change c WHERE c.benefit_id = b.id AND c.effective_on <= $1::date
                ORDER BY c.effective_on DESC, c.id DESC LIMIT 1), 'active') = 'active'`;
