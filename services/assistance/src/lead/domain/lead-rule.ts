import { DomainError } from '@civic/domain-kernel';

/** A condition on a field of the incoming event's data, e.g. `{ "path": "tag", "in": ["disabled"] }`. */
export interface FieldCondition {
  path: string;
  in: (string | number | boolean)[];
}

/**
 * A proactive-identification rule (政策找人规则): which fact from another context, under which
 * conditions, makes a lead of which kind. Rules are rows an operator edits, not code.
 */
export interface LeadRule {
  code: string;
  eventType: string;
  conditions: FieldCondition[];
  /** Whether the person must already be in an active household here (required), must not be (absent), or either. */
  householdMatch: 'required' | 'absent' | 'any';
  leadKind: string;
  summary: string;
  enabled: boolean;
}

/** The rules that an event of `eventType` with `data` fires, before the household condition is checked. */
export function firedRules(rules: readonly LeadRule[], eventType: string, data: Record<string, unknown>): LeadRule[] {
  return rules.filter((r) => r.enabled && r.eventType === eventType && r.conditions.every((c) => c.in.includes(valueAt(data, c.path) as never)));
}

export function householdConditionMet(rule: LeadRule, inActiveHousehold: boolean): boolean {
  return rule.householdMatch === 'any' || (rule.householdMatch === 'required') === inActiveHousehold;
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

/** Checks an operator's rule before it is stored. */
export function validateRule(input: LeadRule, consumedTypes: readonly string[]): LeadRule {
  const bad = (field: string, why: string) => new DomainError('LEAD_RULE.INVALID', `${field}: ${why}`, 'invalid', field);
  if (!/^[a-z0-9-]{3,60}$/.test(input.code)) throw bad('code', 'must be 3-60 of a-z 0-9 -');
  if (!consumedTypes.includes(input.eventType)) throw bad('eventType', `must be one of the events this service consumes: ${consumedTypes.join(', ')}`);
  for (const [i, c] of input.conditions.entries()) {
    if (!/^[A-Za-z][A-Za-z0-9.]{0,99}$/.test(c.path ?? '')) throw bad(`conditions[${i}].path`, 'must be a dotted field path');
    if (!Array.isArray(c.in) || c.in.length === 0) throw bad(`conditions[${i}].in`, 'must list at least one value');
  }
  if (!input.summary?.trim()) throw bad('summary', 'is required');
  return input;
}
