/**
 * `isPayableIn` as a condition on `benefit b` for the month's first day in `$1` (see
 * domain/payable.ts); `payable-rule.test.ts` holds the two to the same answers.
 */
export const PAYABLE_SQL = `b.starts_on <= $1::date AND (b.ends_on IS NULL OR b.ends_on >= $1::date) AND b.status <> 'suspended'`;
