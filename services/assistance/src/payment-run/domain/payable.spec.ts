import { BusinessDate } from '@civic/domain-kernel';
import { isPayableIn, PayableFacts, statusInForce } from './payable';
import { PAYABLE_CASES } from './payable-cases';

const d = (text: string) => BusinessDate.parse(text);

describe('which benefits a month pays (发放范围)', () => {
  it.each(PAYABLE_CASES)('%s', (_what, facts, payable) => {
    const benefit: PayableFacts = {
      startsOn: d(facts.startsOn),
      endsOn: facts.endsOn ? d(facts.endsOn) : null,
      statusChanges: facts.changes.map(([effectiveOn, to]) => ({ effectiveOn: d(effectiveOn), to })),
    };
    expect(isPayableIn(benefit, d('2026-05-01'))).toBe(payable);
  });

  it('reads the status in force month by month, whatever order the changes were recorded in', () => {
    const changes = [
      { effectiveOn: d('2026-09-01'), to: 'active' as const },
      { effectiveOn: d('2026-08-01'), to: 'suspended' as const },
    ];
    expect(['2026-07-01', '2026-08-01', '2026-09-01'].map((m) => statusInForce(changes, d(m)))).toEqual(['active', 'suspended', 'active']);
  });
});
