/**
 * Seeds `count` granted 低保 benefits (household, application, benefit and its amount) in one
 * set-based statement, spread over `divisions`: what the payment-run tests and the benchmark start
 * from. Returns the benefit ids in id order.
 */
export async function seedPayableBenefits(
  db: { query(sql: string, params: unknown[]): Promise<unknown> },
  options: { count: number; divisions: string[]; startsOn: string; amountFen?: number; schema?: string },
): Promise<string[]> {
  const s = options.schema ?? 'assistance';
  const result: unknown = await db.query(
    `WITH h AS (
       INSERT INTO ${s}.household (id, division_code, district_code, address, status, review_status, version)
       SELECT gen_random_uuid(), d, left(d, 6), 'seed', 'active', 'clear', 1
       FROM generate_series(1, $1::int) i, LATERAL (SELECT ($2::text[])[1 + i % array_length($2::text[], 1)] AS d) x
       RETURNING id, division_code
     ), a AS (
       INSERT INTO ${s}.application (id, household_id, programme_code, division_code, district_code, status, channel, submitted_at, stage_entered_on, version)
       SELECT gen_random_uuid(), h.id, 'dibao', h.division_code, left(h.division_code, 6), 'granted', 'seed', now(), $3::date, 1 FROM h
       RETURNING id, household_id, division_code
     ), b AS (
       INSERT INTO ${s}.benefit (id, household_id, application_id, programme_code, division_code, district_code, status, exclusive, monthly_amount_fen, recipients, member_citizen_ids, basis, starts_on, version)
       SELECT gen_random_uuid(), a.household_id, a.id, 'dibao', a.division_code, left(a.division_code, 6), 'active', true, $4::bigint, 1, '{}', '{"perCapitaIncome": "0.00", "rule": "gap", "standard": "1420.00"}', $3::date, 1 FROM a
       RETURNING id, monthly_amount_fen, starts_on
     ), amounts AS (
       INSERT INTO ${s}.benefit_amount (benefit_id, effective_from, amount_fen, reason) SELECT id, starts_on, monthly_amount_fen, 'seed' FROM b RETURNING benefit_id
     )
     SELECT benefit_id AS id FROM amounts ORDER BY benefit_id`,
    [options.count, options.divisions, options.startsOn, options.amountFen ?? 142000],
  );
  // TypeORM answers with the rows, node-postgres (the benchmark) with a result holding them.
  const rows = (Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows) as { id: string }[];
  return rows.map((r) => r.id);
}
