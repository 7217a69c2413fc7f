import { sqlMigration } from '@civic/platform';

/** Death and cremation records, cemeteries with zones and plots, tomb-sweeping reservations. */
export const FuneralTables1764600000000 = sqlMigration(
  'FuneralTables',
  1764600000000,
  [
    // 死亡登记: one per citizen, ever; the partial unique index is the guard when two registrations race.
    `CREATE TABLE death_record (
      id uuid PRIMARY KEY,
      citizen_id varchar(18) NOT NULL,
      name varchar(50) NOT NULL,
      date_of_death date NOT NULL,
      place_of_death varchar(200) NOT NULL,
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      funeral_home varchar(100) NOT NULL,
      certificate_no varchar(50) NOT NULL,
      status varchar(12) NOT NULL CHECK (status IN ('registered', 'cremated')),
      cremation jsonb,
      version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE UNIQUE INDEX death_record_one_per_citizen ON death_record (citizen_id)`,
    `CREATE INDEX death_record_district ON death_record (district_code, date_of_death)`,

    // The rule for new zones (新开墓区单个墓穴占地不超过 0.6 平方米): data, so its date and limit can be set.
    `CREATE TABLE burial_rule (
      id smallint PRIMARY KEY CHECK (id = 1),
      small_plot_zones_from date NOT NULL,
      max_plot_area_m2 numeric(5,2) NOT NULL CHECK (max_plot_area_m2 > 0)
    )`,
    `INSERT INTO burial_rule VALUES (1, '2021-01-01', 0.60)`,
    `CREATE TABLE cemetery (
      id uuid PRIMARY KEY,
      name varchar(100) NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN ('commercial', 'public-interest')),
      division_code varchar(12) NOT NULL,
      district_code varchar(6) NOT NULL,
      version integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE cemetery_zone (
      id uuid PRIMARY KEY,
      cemetery_id uuid NOT NULL REFERENCES cemetery (id),
      code varchar(20) NOT NULL,
      opened_on date NOT NULL,
      burial_type varchar(20) NOT NULL CHECK (burial_type IN ('plot', 'wall-niche', 'tree', 'lawn', 'sea')),
      max_plot_area_m2 numeric(5,2),
      UNIQUE (cemetery_id, code)
    )`,
    `CREATE TABLE plot (
      id uuid PRIMARY KEY,
      zone_id uuid NOT NULL REFERENCES cemetery_zone (id),
      number varchar(30) NOT NULL,
      area_m2 numeric(5,2) NOT NULL CHECK (area_m2 > 0),
      status varchar(12) NOT NULL CHECK (status IN ('available', 'assigned')),
      death_record_id uuid REFERENCES death_record (id),
      assigned_on date,
      UNIQUE (zone_id, number)
    )`,
    `CREATE UNIQUE INDEX plot_one_per_deceased ON plot (death_record_id) WHERE death_record_id IS NOT NULL`,

    // 清明/冬至祭扫预约: one row per place, so concurrent bookings take different rows (SKIP LOCKED)
    // instead of queueing on one counter; a place is held by at most one booking.
    `CREATE TABLE reservation_policy (
      id smallint PRIMARY KEY CHECK (id = 1),
      max_bookings_per_person integer NOT NULL CHECK (max_bookings_per_person > 0),
      max_visitors_per_booking integer NOT NULL CHECK (max_visitors_per_booking > 0)
    )`,
    `INSERT INTO reservation_policy VALUES (1, 2, 5)`,
    `CREATE TABLE sweeping_slot (
      id uuid PRIMARY KEY,
      cemetery_id uuid NOT NULL REFERENCES cemetery (id),
      season varchar(20) NOT NULL,
      day date NOT NULL,
      starts_at time NOT NULL,
      ends_at time NOT NULL CHECK (ends_at > starts_at),
      capacity integer NOT NULL CHECK (capacity > 0 AND capacity <= 100000),
      UNIQUE (cemetery_id, day, starts_at)
    )`,
    `CREATE TABLE sweeping_place (
      slot_id uuid NOT NULL REFERENCES sweeping_slot (id),
      seat integer NOT NULL,
      booking_id uuid,
      PRIMARY KEY (slot_id, seat)
    )`,
    `CREATE INDEX sweeping_place_free ON sweeping_place (slot_id, seat) WHERE booking_id IS NULL`,
    `CREATE INDEX sweeping_place_booking ON sweeping_place (booking_id) WHERE booking_id IS NOT NULL`,
    `CREATE TABLE sweeping_booking (
      id uuid PRIMARY KEY,
      slot_id uuid NOT NULL REFERENCES sweeping_slot (id),
      season varchar(20) NOT NULL,
      citizen_id varchar(18) NOT NULL,
      visitors integer NOT NULL CHECK (visitors > 0),
      status varchar(12) NOT NULL CHECK (status IN ('booked', 'cancelled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz
    )`,
    `CREATE INDEX sweeping_booking_person ON sweeping_booking (citizen_id, season)`,
    `CREATE INDEX sweeping_booking_slot ON sweeping_booking (slot_id, status)`,
    // Bookings a person holds in a season: the per-person limit, kept atomic under concurrent bookings.
    `CREATE TABLE sweeping_quota (
      season varchar(20) NOT NULL,
      citizen_id varchar(18) NOT NULL,
      bookings integer NOT NULL CHECK (bookings >= 0),
      PRIMARY KEY (season, citizen_id)
    )`,
  ],
  [
    'DROP TABLE sweeping_quota',
    'DROP TABLE sweeping_booking',
    'DROP TABLE sweeping_place',
    'DROP TABLE sweeping_slot',
    'DROP TABLE reservation_policy',
    'DROP TABLE plot',
    'DROP TABLE cemetery_zone',
    'DROP TABLE cemetery',
    'DROP TABLE burial_rule',
    'DROP TABLE death_record',
  ],
);
