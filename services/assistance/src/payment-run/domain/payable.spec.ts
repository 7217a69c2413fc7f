import { BusinessDate } from '@civic/domain-kernel';
import { isPayableIn, PayableFacts } from './payable';
import { PAYABLE_CASES } from './payable-cases';

const d = (text: string) => BusinessDate.parse(text);

describe('which benefits a month pays (发放范围)', () => {
  it.each(PAYABLE_CASES)('%s', (_what, facts, payable) => {
    const benefit: PayableFacts = { startsOn: d(facts.startsOn), endsOn: facts.endsOn ? d(facts.endsOn) : null, status: facts.status };
    expect(isPayableIn(benefit, d('2026-05-01'))).toBe(payable);
  });
});
