import { PageQuery } from '@civic/platform';

/** This service's copy of an administrative division, as community's events described it. */
export interface DivisionView {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  status: 'active' | 'revoked';
}

/** Which event a change of the read model came from (its id makes a replay visible in the row). */
export interface FromEvent {
  eventId: string;
  at: Date;
}

/**
 * Port of the division read model: the local table kept from community's division events. No
 * service reads another's schema; this is how a service knows division codes.
 */
export interface DivisionReadModel {
  find(code: string): Promise<DivisionView | null>;
  list(filter: { parentCode?: string; level?: string; status?: string }, page: PageQuery): Promise<{ items: DivisionView[]; total: number }>;
  established(division: Omit<DivisionView, 'validTo' | 'status'>, from: FromEvent): Promise<void>;
  renamed(code: string, name: string, from: FromEvent): Promise<void>;
  revoked(code: string, validTo: string, from: FromEvent): Promise<void>;
}

export const DIVISION_READ_MODEL = Symbol('DIVISION_READ_MODEL');
