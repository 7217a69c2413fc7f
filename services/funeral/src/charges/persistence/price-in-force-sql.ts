/**
 * `priceInForce` (domain/price-history.ts) for `service_item s` at funeral home `$home` on day `$day`
 * (SQL expressions): the home's own latest price effective by then, else the city-wide one.
 */
export function priceInForceSql(home: string, day: string): string {
  return `(SELECT p.price_fen FROM service_price p WHERE p.code = s.code AND p.funeral_home IN (${home}, '*') AND p.effective_from <= ${day}
           ORDER BY (p.funeral_home = ${home}) DESC, p.effective_from DESC LIMIT 1)`;
}

/** The active services with their prices in force at funeral home `$1` on day `$2` (those with none left out), by code. */
export const CATALOGUE_IN_FORCE_SQL = `SELECT * FROM (SELECT s.code, s.name, s.unit, s.basic, ${priceInForceSql('$1', '$2::date')} AS price_fen FROM service_item s WHERE s.active) c
  WHERE price_fen IS NOT NULL ORDER BY code`;
