import { sqlMigration } from '@civic/platform';

/**
 * Listed prices (明码标价) with their history, per funeral home, with the city's guide price ('*')
 * where a home has none: a bill charges the prices in force on the day the services were given.
 * Today's catalogue becomes the city-wide prices in force since the catalogue was first kept.
 */
export const PriceHistory1765000000001 = sqlMigration(
  'PriceHistory',
  1765000000001,
  [
    `CREATE TABLE service_price (
      code varchar(30) NOT NULL REFERENCES service_item (code),
      funeral_home varchar(100) NOT NULL,
      effective_from date NOT NULL,
      price_fen bigint NOT NULL CHECK (price_fen >= 0),
      recorded_by varchar(200) NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (code, funeral_home, effective_from)
    )`,
    `INSERT INTO service_price (code, funeral_home, effective_from, price_fen, recorded_by) SELECT code, '*', DATE '2000-01-01', price_fen, 'migration' FROM service_item`,
    `ALTER TABLE funeral_bill ADD COLUMN service_date date, ADD COLUMN funeral_home varchar(100)`,
  ],
  [`ALTER TABLE funeral_bill DROP COLUMN funeral_home, DROP COLUMN service_date`, `DROP TABLE service_price`],
);
