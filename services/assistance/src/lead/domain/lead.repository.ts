import { Lead } from './lead';
import { LeadRule } from './lead-rule';

/** Port: leads, the rules that make them (data an operator edits), and the household a person is in. */
export interface LeadRepository {
  rules(): Promise<LeadRule[]>;
  saveRule(rule: LeadRule): Promise<void>;
  /** The active household a citizen belongs to, if any. */
  householdOf(citizenId: string): Promise<{ id: string; divisionCode: string } | null>;
  /** Adds the lead unless its rule already made one from the same event; true when added. */
  add(lead: Lead): Promise<boolean>;
  /** Locked for the change that follows. */
  find(id: string): Promise<Lead | null>;
  /** Stores the lead if its stored version is `expectedVersion`. */
  save(lead: Lead, expectedVersion: number): Promise<void>;
}

export const LEAD_REPOSITORY = Symbol('LEAD_REPOSITORY');
