/** A marriage registry office (婚姻登记处) and what it can take on one day. */
export interface RegistryOffice {
  code: string;
  name: string;
  dailyCapacity: number;
  /** Designated for foreign, Hong Kong, Macao and Taiwan parties (涉外). */
  foreignRelated: boolean;
}

/** A day still has a place while fewer than its capacity are booked (the booking statement applies the same test atomically). */
export function dayHasPlace(booked: number, office: RegistryOffice): boolean {
  return booked < office.dailyCapacity;
}
