import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { CommunityWorker, GradeScale } from './community-worker';

const d = (text: string) => BusinessDate.parse(text);
const scale: GradeScale[] = [
  ...[7, 8, 9].map((grade) => ({ post: 'head' as const, grade, monthlyPayFen: 900000 + grade * 10000 })),
  ...[1, 2, 3].map((grade) => ({ post: 'officer' as const, grade, monthlyPayFen: 600000 + grade * 10000 })),
];
const post = { id: 'post-1', committeeCode: '310104003001', post: 'officer' as const };
const appoint = (grade = 1) =>
  CommunityWorker.appoint({ id: 'w1', citizenId: CitizenId.parse('310104195001011235'), name: '李社工', post, grade, appointedOn: d('2026-01-05') }, scale);

describe('community workers (社区工作者, 三岗十八级)', () => {
  it('hold a grade on their post’s scale only', () => {
    expect(appoint(2).snapshot()).toMatchObject({ post: 'officer', grade: 2, leftOn: null });
    expect(errorCodeOf(() => appoint(8))).toBe('WORKER.GRADE_NOT_ON_SCALE');
    const worker = appoint(1);
    worker.regrade(3, scale);
    expect(worker.snapshot().grade).toBe(3);
    expect(errorCodeOf(() => worker.regrade(3, scale))).toBe('WORKER.SAME_GRADE');
    expect(errorCodeOf(() => worker.regrade(9, scale))).toBe('WORKER.GRADE_NOT_ON_SCALE');
  });

  it('keep trainings from their appointment on, and leave once', () => {
    const worker = appoint();
    worker.train({ course: '社区治理专题培训', hours: 16, completedOn: d('2026-03-01') });
    expect(worker.snapshot().trainings).toHaveLength(1);
    expect(errorCodeOf(() => worker.train({ course: 'x', hours: 4, completedOn: d('2025-12-01') }))).toBe('WORKER.BEFORE_APPOINTMENT');
    expect(errorCodeOf(() => worker.train({ course: 'x', hours: 0, completedOn: d('2026-03-01') }))).toBe('WORKER.FIELD_INVALID');
    worker.leave(d('2026-06-30'), '辞职');
    expect(errorCodeOf(() => worker.leave(d('2026-07-01'), 'again'))).toBe('WORKER.LEFT');
    expect(errorCodeOf(() => worker.regrade(2, scale))).toBe('WORKER.LEFT');
  });
});
