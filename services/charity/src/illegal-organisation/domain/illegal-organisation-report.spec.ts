import { BusinessDate, errorCodeOf } from '@civic/domain-kernel';
import { IllegalOrganisationReport } from './illegal-organisation-report';

const d = (text: string) => BusinessDate.parse(text);
const reported = () =>
  IllegalOrganisationReport.report({
    id: 'r1',
    name: '中华某某总会',
    divisionCode: '310104',
    source: 'public-report',
    description: '未经登记以社会组织名义活动',
    reportedOn: d('2026-10-01'),
  });

describe('IllegalOrganisationReport (打击非法社会组织)', () => {
  it('is investigated and then banned, each step in its history', () => {
    const report = reported();
    report.investigate(d('2026-10-05'), '立案调查');
    report.ban(d('2026-11-01'), '沪民社取字〔2026〕3号', '依法取缔');
    expect(report.snapshot()).toMatchObject({ status: 'banned', decisionNo: '沪民社取字〔2026〕3号', version: 3 });
    expect(report.pullSteps().map((s) => s.status)).toEqual(['reported', 'investigating', 'banned']);
  });

  it('is referred or dismissed, and refuses any step the handling does not allow', () => {
    const referred = reported();
    referred.investigate(d('2026-10-05'), '调查');
    referred.refer(d('2026-10-20'), '市公安局', '涉嫌诈骗');
    expect(referred.snapshot().referredTo).toBe('市公安局');
    expect(errorCodeOf(() => referred.dismiss(d('2026-10-21'), '撤销'))).toBe('ILLEGAL_ORGANISATION.TRANSITION_REFUSED');
    expect(errorCodeOf(() => reported().ban(d('2026-10-21'), 'x', '未调查不得取缔'))).toBe('ILLEGAL_ORGANISATION.TRANSITION_REFUSED');
    expect(errorCodeOf(() => reported().investigate(d('2026-09-30'), '调查'))).toBe('ILLEGAL_ORGANISATION.BEFORE_REPORT');
    const dismissed = reported();
    dismissed.dismiss(d('2026-10-02'), '经核实系已登记组织');
    expect(dismissed.snapshot().status).toBe('dismissed');
  });
});
