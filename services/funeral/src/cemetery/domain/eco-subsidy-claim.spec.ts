import { BusinessDate, CitizenId, errorCodeOf, Money } from '@civic/domain-kernel';
import { EcoSubsidyClaim } from './eco-subsidy-claim';
import { PlotState } from './plot';

const d = (text: string) => BusinessDate.parse(text);
const applicant = { name: '王某', citizenId: CitizenId.parse('110105195001011250') };
const plot = (overrides: Partial<PlotState> = {}): PlotState => ({
  id: 'p1',
  zoneId: 'z1',
  number: 'S-1',
  areaM2: 0.1,
  status: 'assigned',
  deathRecordId: 'd1',
  assignedOn: d('2026-04-01'),
  ecoSubsidy: Money.parse('3000'),
  useTermEndsOn: null,
  capacity: 1,
  companionDeathRecordId: null,
  companionAssignedOn: null,
  ...overrides,
});

describe('eco-burial subsidies (节地生态安葬补贴): applied for, then paid', () => {
  it('are claimed for an eco burial at the amount it carries, then paid once with the reference', () => {
    const claim = EcoSubsidyClaim.apply(plot(), applicant, d('2026-04-02'));
    expect(claim.snapshot()).toMatchObject({ status: 'applied', deathRecordId: 'd1', applicantCitizenId: '110105195001011250' });
    expect(claim.snapshot().amount.toString()).toBe('3000.00');
    claim.pay(' BANK-20260410-001 ', d('2026-04-10'));
    expect(claim.snapshot()).toMatchObject({ status: 'paid', paidOn: d('2026-04-10'), paymentReference: 'BANK-20260410-001' });
    expect(errorCodeOf(() => claim.pay('again', d('2026-04-11')))).toBe('ECO_SUBSIDY.ALREADY_PAID');
  });

  it('are refused for a burial that carries none, or a place not assigned', () => {
    expect(errorCodeOf(() => EcoSubsidyClaim.apply(plot({ ecoSubsidy: null }), applicant, d('2026-04-02')))).toBe('ECO_SUBSIDY.NOT_GRANTED');
    expect(errorCodeOf(() => EcoSubsidyClaim.apply(plot({ status: 'available', deathRecordId: null }), applicant, d('2026-04-02')))).toBe(
      'ECO_SUBSIDY.NOT_GRANTED',
    );
  });
});
