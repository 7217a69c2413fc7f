/**
 * `isPayableIn` as a condition on `benefit b` for the month whose first day is the SQL expression
 * `month` (see domain/payable.ts): the status in force is that of the latest change effective by
 * then (the latest recorded of a day), else active. `payable-rule.test.ts` holds the two to the same answers.
 */
export function payableSql(month: string): string {
  return `b.starts_on <= ${month} AND (b.ends_on IS NULL OR b.ends_on >= ${month})
  AND coalesce((SELECT c.to_status FROM benefit_status_change c WHERE c.benefit_id = b.id AND c.effective_on <= ${month}
                ORDER BY c.effective_on DESC, c.id DESC LIMIT 1), 'active') = 'active'`;
}

/** `amountInForce` (domain/earlier-months.ts) of `benefit b` on the day `month`, 0 before its first amount. */
export function amountInForceSql(month: string): string {
  return `coalesce((SELECT a.amount_fen FROM benefit_amount a WHERE a.benefit_id = b.id AND a.effective_from <= ${month} ORDER BY a.effective_from DESC LIMIT 1), 0)`;
}

/** The payable condition for the month in parameter `$1`. */
export const PAYABLE_SQL = payableSql('$1::date');
