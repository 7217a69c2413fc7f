import { DemoPerson, PEOPLE, subDistrictOf } from './demo-city-data';
import { DemoRun } from './demo-run';
import { demoUscc } from './synthetic-ids';

const P = PEOPLE;
const FACILITY = { name: '天平路街道长者照护之家（演示）', kind: 'institution', divisionCode: '310104003', address: '天平路 88 号' };
const DAY_CARE = { name: '湖南路街道日间照料中心（演示）', kind: 'day-care', divisionCode: '310104004', address: '湖南路 20 号' };
const BEDS = [
  { code: 'A-101', kind: 'basic-guarantee' },
  { code: 'A-102', kind: 'basic-guarantee' },
  { code: 'A-103', kind: 'basic-guarantee' },
  { code: 'B-201', kind: 'general' },
  { code: 'B-202', kind: 'general' },
  { code: 'B-203', kind: 'general' },
];
/** Care levels (0-6) from the assessment centre. */
const ASSESSED: [DemoPerson, number][] = [
  [P.wangJianhua, 3],
  [P.zhaoDeming, 4],
  [P.chuYulan, 4],
  [P.weiChangqing, 2],
  [P.jiangXiuyun, 3],
  [P.shenFusheng, 5],
];
/** Elders in the basic-guarantee line of Xuhui: the first in line is offered a bed and moves in. */
const WAITING = [P.shenFusheng, P.chuYulan, P.weiChangqing, P.jiangXiuyun];

/**
 * Eldercare (养老服务): an institution with basic-guarantee and general beds and a day-care centre;
 * care assessments; 王建华 and 赵德明 living in general beds; four elders in the waiting line, the
 * first offered a basic-guarantee bed and admitted; lunches at the day-care centre.
 */
export async function seedEldercare(run: DemoRun): Promise<void> {
  const { api } = run;
  const today = run.today();
  const facilities: Record<string, string> = {};
  for (const [i, f] of [FACILITY, DAY_CARE].entries()) {
    const made = await run.ensure(
      'eldercare: facilities',
      async () =>
        (await api.list<{ id: string; name: string }>('eldercare', `/api/v1/facilities?divisionCode=${f.divisionCode}`)).find((x) => x.name === f.name),
      () =>
        api.post('eldercare', '/api/v1/facilities', {
          ...f,
          operatorName: '徐汇颐养服务中心（演示）',
          operatorUscc: demoUscc(100 + i, '52'),
          licensedCapacity: 30,
          filedOn: '2024-03-01',
        }),
    );
    facilities[f.kind] = made.id;
  }
  const institution = facilities.institution;
  run.ids['facility'] = institution;
  const beds: Record<string, string> = {};
  for (const bed of BEDS) {
    const made = await run.ensure(
      'eldercare: beds',
      async () => (await api.list<{ id: string; code: string }>('eldercare', `/api/v1/beds?facilityId=${institution}`)).find((b) => b.code === bed.code),
      () => api.post('eldercare', `/api/v1/facilities/${institution}/beds`, bed),
    );
    beds[bed.code] = made.id;
  }
  for (const [person, level] of ASSESSED)
    await run.ensure(
      'eldercare: care assessments',
      async () => (await api.list('eldercare', `/api/v1/care-assessments?citizenId=${person.citizenId}`))[0],
      () =>
        api.post('eldercare', '/api/v1/care-assessments', {
          citizenId: person.citizenId,
          name: person.name,
          divisionCode: subDistrictOf(person),
          level,
          assessedOn: run.dateDaysAgo(30),
          assessor: '徐汇区老年照护需求评估中心',
        }),
    );
  for (const [person, bed] of [
    [P.wangJianhua, 'B-201'],
    [P.zhaoDeming, 'B-202'],
  ] as const)
    await run.ensure(
      'eldercare: residents',
      // Any stay, current or ended (王建华's ends with his death): the demo admits each elder once.
      async () => (await api.list('eldercare', `/api/v1/residents?citizenId=${person.citizenId}`))[0],
      () => api.post('eldercare', `/api/v1/beds/${beds[bed]}/admissions`, { citizenId: person.citizenId, name: person.name, admittedOn: run.dateDaysAgo(20) }),
    );
  for (const person of WAITING)
    await run.ensure(
      'eldercare: waiting-list entries',
      async () => (await api.list('eldercare', `/api/v1/waiting-list?citizenId=${person.citizenId}`))[0],
      () => api.post('eldercare', '/api/v1/waiting-list', { citizenId: person.citizenId, name: person.name, divisionCode: subDistrictOf(person) }),
    );
  // The first in line (by the policy's order) is offered a vacant basic-guarantee bed and accepts it.
  await run.ensure(
    'eldercare: basic-guarantee admissions',
    async () => {
      for (const person of WAITING) {
        const [resident] = await api.list('eldercare', `/api/v1/residents?citizenId=${person.citizenId}`);
        if (resident) return resident;
      }
      return undefined;
    },
    async () => {
      const offer = await api.post('eldercare', '/api/v1/bed-allocations', { districtCode: '310104' });
      return api.post('eldercare', `/api/v1/bed-offers/${offer.id}/acceptance`, { admittedOn: today });
    },
  );
  for (const [person, mealType] of [
    [P.weiChangqing, 'lunch'],
    [P.jiangXiuyun, 'lunch'],
  ] as const)
    await run.ensure(
      'eldercare: meals served',
      async () => (await api.list('eldercare', `/api/v1/meals?citizenId=${person.citizenId}&servedOn=${today}`))[0],
      () =>
        api.post('eldercare', `/api/v1/facilities/${facilities['day-care']}/meals`, {
          citizenId: person.citizenId,
          name: person.name,
          servedOn: today,
          mealType,
          price: '15.00',
        }),
    );
}
