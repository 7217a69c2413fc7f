import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { AdoptionAssessment } from './adoption-assessment';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const apply = (adopters = [{ citizenId: CitizenId.parse('310104198001011239'), name: ' 王伟 ' }]) =>
  AdoptionAssessment.apply({ id: 'a1', adopters, divisionCode: '310104003', appliedOn: d('2026-10-01') }, today);
const studied = () => {
  const a = apply();
  a.recordHomeStudy({ visitedOn: d('2026-10-10'), assessor: '徐汇区收养评估小组', findings: '住房宽敞, 收入稳定' }, today);
  return a;
};

describe('AdoptionAssessment', () => {
  it('goes application -> home study -> a positive result valid a year, with its reasons', () => {
    const a = studied();
    a.complete({ result: 'positive', reasons: ['具备抚养教育能力', ' '], completedOn: d('2026-11-01'), validMonths: null }, today);
    expect(a.snapshot()).toMatchObject({ status: 'completed', result: 'positive', reasons: ['具备抚养教育能力'] });
    expect(a.snapshot().validUntil!.toString()).toBe('2027-10-31');
    expect(a.justCompleted).toBe(true);
  });

  it('refuses a result without reasons, before the home study, or dated before it', () => {
    expect(errorCodeOf(() => apply().complete({ result: 'positive', reasons: ['x'], completedOn: d('2026-11-01'), validMonths: null }, today))).toBe(
      'ADOPTION_ASSESSMENT.WRONG_STEP',
    );
    expect(errorCodeOf(() => studied().complete({ result: 'negative', reasons: [' '], completedOn: d('2026-11-01'), validMonths: null }, today))).toBe(
      'ADOPTION_ASSESSMENT.REASONS_REQUIRED',
    );
    expect(errorCodeOf(() => studied().complete({ result: 'negative', reasons: ['x'], completedOn: d('2026-10-09'), validMonths: null }, today))).toBe(
      'ADOPTION_ASSESSMENT.OUT_OF_ORDER',
    );
    const negative = studied();
    negative.complete({ result: 'negative', reasons: ['经济条件不具备'], completedOn: d('2026-11-01'), validMonths: null }, today);
    expect(negative.snapshot().validUntil).toBeNull();
  });

  it('takes adopters of 30 and over, one or a couple of two different people', () => {
    const young = CitizenId.parse('310104200001011239');
    expect(errorCodeOf(() => apply([{ citizenId: young, name: '年轻人' }]))).toBe('ADOPTION_ASSESSMENT.ADOPTER_TOO_YOUNG');
    const same = CitizenId.parse('310104198001011239');
    expect(
      errorCodeOf(() =>
        apply([
          { citizenId: same, name: 'a' },
          { citizenId: same, name: 'b' },
        ]),
      ),
    ).toBe('ADOPTION_ASSESSMENT.ADOPTERS_INVALID');
    expect(errorCodeOf(() => apply([]))).toBe('ADOPTION_ASSESSMENT.ADOPTERS_INVALID');
  });
});
