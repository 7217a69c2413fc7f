import { Donation } from './donation';

/** Port: how the use cases store donations and find goods donations for a supermarket's stock (SQL adapter in persistence/). */
export interface DonationRepository {
  find(id: string): Promise<Donation | null>;
  /** Adds it with the organisation's next receipt number, taken in the same transaction: a rollback leaves no gap. */
  add(donation: Donation, recordedBy: string): Promise<void>;
}

export const DONATION_REPOSITORY = Symbol('DONATION_REPOSITORY');
