import { firedRules, householdConditionMet, LeadRule, validateRule } from './lead-rule';
import { Lead } from './lead';

const rule = (overrides: Partial<LeadRule> = {}): LeadRule => ({
  code: 'living-alone',
  eventType: 'community.person-tag.tagged.v1',
  conditions: [{ path: 'tag', in: ['living-alone-elder'] }],
  householdMatch: 'any',
  leadKind: 'visit',
  summary: '走访',
  enabled: true,
  ...overrides,
});

describe('lead rules', () => {
  it('fire on the event type when every condition holds, and not when disabled', () => {
    const rules = [rule(), rule({ code: 'off', enabled: false }), rule({ code: 'nested', conditions: [{ path: 'person.age', in: [80] }] })];
    expect(firedRules(rules, 'community.person-tag.tagged.v1', { tag: 'living-alone-elder', person: { age: 80 } }).map((r) => r.code)).toEqual([
      'living-alone',
      'nested',
    ]);
    expect(firedRules(rules, 'community.person-tag.tagged.v1', { tag: 'disabled' }).map((r) => r.code)).toEqual([]);
    expect(firedRules(rules, 'funeral.death-record.registered.v1', { tag: 'living-alone-elder' })).toEqual([]);
  });

  it('respect the household condition', () => {
    expect(householdConditionMet(rule({ householdMatch: 'required' }), false)).toBe(false);
    expect(householdConditionMet(rule({ householdMatch: 'absent' }), false)).toBe(true);
    expect(householdConditionMet(rule({ householdMatch: 'any' }), true)).toBe(true);
  });

  it('are checked before an operator stores them', () => {
    expect(() => validateRule(rule({ eventType: 'x.y.z.v1' }), ['community.person-tag.tagged.v1'])).toThrow(/eventType/);
    expect(() => validateRule(rule({ conditions: [{ path: 'tag', in: [] }] }), ['community.person-tag.tagged.v1'])).toThrow(/at least one value/);
    expect(validateRule(rule(), ['community.person-tag.tagged.v1']).code).toBe('living-alone');
  });
});

describe('Lead', () => {
  const open = () =>
    Lead.raise(
      'l',
      {
        code: 'death-lead',
        eventType: 'funeral.death-record.registered.v1',
        conditions: [],
        householdMatch: 'required',
        leadKind: 're-verification',
        summary: '死亡',
        enabled: true,
      },
      { eventId: 'e1', eventType: 'funeral.death-record.registered.v1', citizenId: '11010519491231002X', personName: '张三', divisionCode: '310104003' },
      { id: 'h1', divisionCode: '310104004' },
    );
  it('is assigned, followed up and converted', () => {
    const lead = open();
    lead.assign('adviser');
    lead.followUp({ at: 't', by: 'adviser', text: 'visited' });
    lead.convert('app');
    expect(lead.snapshot()).toMatchObject({ status: 'converted', applicationId: 'app', version: 4 });
    expect(() => lead.dismiss('x')).toThrow(/cannot dismiss a converted lead/);
  });
  it('cannot be converted before anyone took it, nor dismissed without a reason', () => {
    expect(() => open().convert('app')).toThrow(/cannot convert a open lead/);
    expect(() => open().dismiss(' ')).toThrow(/needs a reason/);
  });
});
