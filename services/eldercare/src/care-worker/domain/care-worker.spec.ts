import { BusinessDate, CitizenId, errorCodeOf } from '@civic/domain-kernel';
import { CareWorker } from './care-worker';

const d = (text: string) => BusinessDate.parse(text);
const today = d('2026-11-30');
const facility = { id: 'f1', divisionCode: '310104003', filed: true };
const hired = (skillLevel: number | null = 4) =>
  CareWorker.hire({ id: 'w1', facility, citizenId: CitizenId.parse('310104197001011234'), name: ' 王芳 ', skillLevel, hiredOn: d('2024-03-01') }, today);
const training = (levelAttained: number | null, completedOn = '2026-06-30') => ({
  id: `t-${Math.random()}`,
  course: '失智照护专项培训',
  provider: '上海开放大学',
  hours: 40,
  completedOn: d(completedOn),
  levelAttained,
});

describe('CareWorker', () => {
  it('is hired by a filed facility, in its division, with a skill level 1-5 or none', () => {
    const worker = hired();
    expect(worker.snapshot()).toMatchObject({ facilityId: 'f1', divisionCode: '310104003', name: '王芳', skillLevel: 4, status: 'active', version: 1 });
    expect(errorCodeOf(() => hired(6))).toBe('CARE_WORKER.LEVEL_INVALID');
    expect(errorCodeOf(() => hired(0))).toBe('CARE_WORKER.LEVEL_INVALID');
    expect(hired(null).snapshot().skillLevel).toBeNull();
    expect(
      errorCodeOf(() =>
        CareWorker.hire(
          {
            id: 'w',
            facility: { ...facility, filed: false },
            citizenId: CitizenId.parse('310104197001011234'),
            name: '王',
            skillLevel: null,
            hiredOn: d('2024-03-01'),
          },
          today,
        ),
      ),
    ).toBe('CARE_WORKER.FACILITY_NOT_FILED');
  });

  it('refuses a worker under 16 at hiring, and a hiring in the future', () => {
    const young = CitizenId.parse('310104201001011233');
    expect(errorCodeOf(() => CareWorker.hire({ id: 'w', facility, citizenId: young, name: '小王', skillLevel: null, hiredOn: d('2025-12-31') }, today))).toBe(
      'CARE_WORKER.UNDER_AGE',
    );
    expect(errorCodeOf(() => CareWorker.hire({ id: 'w', facility, citizenId: young, name: '小王', skillLevel: null, hiredOn: d('2026-12-01') }, today))).toBe(
      'CARE_WORKER.IN_FUTURE',
    );
  });

  it('records trainings; a certified level raises the worker’s level and never lowers it', () => {
    const worker = hired(4);
    worker.recordTraining(training(null), today);
    expect(worker.snapshot().skillLevel).toBe(4);
    worker.recordTraining(training(3), today);
    expect(worker.snapshot().skillLevel).toBe(3);
    worker.recordTraining(training(5), today);
    expect(worker.snapshot()).toMatchObject({ skillLevel: 3, version: 4 });
    expect(worker.snapshot().trainings).toHaveLength(3);
    expect(worker.pullChanges().map((c) => c.kind)).toEqual(['hired', 'trained', 'trained', 'trained']);
  });

  it('refuses a training of no hours, in the future, or of a worker who left', () => {
    const worker = hired();
    expect(errorCodeOf(() => worker.recordTraining({ ...training(null), hours: 0 }, today))).toBe('CARE_WORKER.HOURS_INVALID');
    expect(errorCodeOf(() => worker.recordTraining(training(null, '2026-12-01'), today))).toBe('CARE_WORKER.IN_FUTURE');
    worker.leave({ leftOn: d('2026-10-01'), reason: '辞职' }, today);
    expect(errorCodeOf(() => worker.recordTraining(training(null), today))).toBe('CARE_WORKER.LEFT');
    expect(errorCodeOf(() => worker.leave({ leftOn: d('2026-10-02'), reason: '再次' }, today))).toBe('CARE_WORKER.LEFT');
  });

  it('leaves on a day not before the hiring', () => {
    expect(errorCodeOf(() => hired().leave({ leftOn: d('2024-02-28'), reason: '辞职' }, today))).toBe('CARE_WORKER.OUT_OF_ORDER');
  });
});
