import { DemoPerson, PEOPLE, subDistrictOf } from './demo-city-data';
import { DemoRun } from './demo-run';
import { demoBankAccount } from './synthetic-ids';

type Stage = 'submitted' | 'public-notice' | 'granted';
interface DemoHousehold {
  key: string;
  members: { person: DemoPerson; relation: string; monthlyIncome: string }[];
  stage: Stage;
}

const P = PEOPLE;
/** Households in every stage of 低保: granted (one later suspended), in the 7-day notice, just submitted. */
const HOUSEHOLDS: DemoHousehold[] = [
  {
    key: 'wang',
    stage: 'granted',
    members: [
      { person: P.wangJianhua, relation: 'head', monthlyIncome: '800.00' },
      { person: P.liXiulan, relation: 'spouse', monthlyIncome: '0.00' },
    ],
  },
  {
    key: 'zhao',
    stage: 'granted',
    members: [
      { person: P.zhaoDeming, relation: 'head', monthlyIncome: '600.00' },
      { person: P.sunGuifang, relation: 'spouse', monthlyIncome: '0.00' },
    ],
  },
  {
    key: 'zhou',
    stage: 'granted',
    members: [
      { person: P.zhouZhiqiang, relation: 'head', monthlyIncome: '1500.00' },
      { person: P.wuLijuan, relation: 'spouse', monthlyIncome: '0.00' },
      { person: P.zhouChen, relation: 'child', monthlyIncome: '0.00' },
    ],
  },
  { key: 'zheng', stage: 'granted', members: [{ person: P.zhengGuoqing, relation: 'head', monthlyIncome: '300.00' }] },
  { key: 'feng', stage: 'public-notice', members: [{ person: P.fengShuzhen, relation: 'head', monthlyIncome: '500.00' }] },
  { key: 'chen', stage: 'submitted', members: [{ person: P.chenLixin, relation: 'head', monthlyIncome: '200.00' }] },
];

/** How long before today the granted households applied: their notices ended weeks ago. */
const APPLIED_DAYS_AGO = 40;

/**
 * Assistance (社会救助): households in every stage of a 低保 application, the granted ones with
 * benefits (one suspended), and one completed payment month with its lines. The granted households
 * applied 40 days ago (the sandbox clock moved back for it), so their 7-day notices are long over;
 * their benefits start on the first of that month, and that month is paid: before any month a
 * trainer runs in the walk-through.
 */
export async function seedAssistance(run: DemoRun): Promise<void> {
  const { api } = run;
  const granted = `${run.dateDaysAgo(APPLIED_DAYS_AGO).slice(0, 7)}-01`;
  await run.daysAgo(APPLIED_DAYS_AGO, async () => {
    for (const h of HOUSEHOLDS.filter((x) => x.stage === 'granted')) await advance(run, await file(run, h), h, 'public-notice');
  });
  for (const h of HOUSEHOLDS) await advance(run, run.ids[`application:${h.key}`] ?? (await file(run, h)), h, h.stage, granted);
  // The month the benefits started (the first run's choice, kept by a later run on another day) is the one paid.
  const paidMonth = ((await api.get('assistance', `/api/v1/benefits/${run.ids['benefit:wang']}`)).body.startsOn as string).slice(0, 7);
  for (const h of HOUSEHOLDS.filter((x) => x.stage === 'granted')) {
    const head = h.members[0].person;
    const household = run.ids[`household:${h.key}`];
    await run.ensure(
      'assistance: payee accounts',
      async () => (await api.get('assistance', `/api/v1/households/${household}`)).body.payeeAccount ?? undefined,
      () =>
        api.post('assistance', `/api/v1/households/${household}/payee-account`, {
          payeeCitizenId: head.citizenId,
          bankName: '工商银行',
          accountNumber: demoBankAccount(head.n),
          reason: '户主本人卡',
        }),
    );
  }

  const zheng = run.ids['benefit:zheng'];
  await run.ensure(
    'assistance: benefits suspended',
    async () => ((await api.get('assistance', `/api/v1/benefits/${zheng}`)).body.status === 'suspended' ? zheng : undefined),
    () =>
      api.post('assistance', `/api/v1/benefits/${zheng}/suspension`, {
        effectiveOn: `${run.today().slice(0, 7)}-01`,
        reason: '家庭收入变化，待重新核对',
      }),
  );

  await run.ensure(
    'assistance: payment months',
    async () => ((await api.get('assistance', `/api/v1/payment-runs/${paidMonth}`)).status === 200 ? paidMonth : undefined),
    () => api.post('assistance', '/api/v1/payment-runs', { month: paidMonth }),
  );
  await run.waitUntil(
    `payment month ${paidMonth} completed`,
    async () => (await api.get('assistance', `/api/v1/payment-runs/${paidMonth}`)).body.status === 'completed',
  );
  run.ids['payment-month'] = paidMonth;

  // Next year's 低保 standard, announced ahead (the city adjusts it every 1 July).
  const effectiveFrom = `${Number(run.today().slice(0, 4)) + 1}-07-01`;
  await run.ensure(
    'assistance: standards announced',
    async () =>
      ((await api.get('assistance', '/api/v1/programmes/dibao')).body.standards as { effectiveFrom: string }[]).find((x) => x.effectiveFrom === effectiveFrom),
    () => api.post('assistance', '/api/v1/programmes/dibao/standards', { effectiveFrom, amount: '1510.00' }),
  );
}

/** Files the household and its 低保 application (or finds them); returns the application's id. */
async function file(run: DemoRun, h: DemoHousehold): Promise<string> {
  const { api } = run;
  const head = h.members[0].person;
  const household = await run.ensure(
    'assistance: households',
    async () => (await api.list<{ id: string }>('assistance', `/api/v1/households?citizenId=${head.citizenId}`))[0],
    () =>
      api.post('assistance', '/api/v1/households', {
        divisionCode: subDistrictOf(head),
        address: `${head.name}家`,
        members: h.members.map(({ person, relation, monthlyIncome }) => ({
          citizenId: person.citizenId,
          name: person.name,
          relation,
          monthlyIncome,
          assets: '0.00',
        })),
      }),
  );
  run.ids[`household:${h.key}`] = household.id;
  const application = await run.ensure(
    'assistance: applications',
    async () => (await api.list<{ id: string }>('assistance', `/api/v1/applications?householdId=${household.id}`))[0],
    () => api.post('assistance', '/api/v1/applications', { householdId: household.id, programme: 'dibao' }),
  );
  run.ids[`application:${h.key}`] = application.id;
  return application.id;
}

/** Takes an application as far as `target`, from wherever it stands (a second run finds it there). */
async function advance(run: DemoRun, id: string, h: DemoHousehold, target: Stage, startsOn?: string): Promise<void> {
  const { api } = run;
  const path = `/api/v1/applications/${id}`;
  let application = (await api.get('assistance', path)).body as { status: string; benefitId?: string };
  const order = ['submitted', 'verifying', 'community-review', 'public-notice', 'granted'];
  while (order.indexOf(application.status) < order.indexOf(target)) {
    if (application.status === 'submitted') application = await api.post('assistance', `${path}/verification-start`, {});
    else if (application.status === 'verifying')
      application = await api.post('assistance', `${path}/verification`, {
        members: h.members.map(({ person, monthlyIncome }) => ({ citizenId: person.citizenId, monthlyIncome, assets: '0.00' })),
        note: '核对平台比对：收入与申报一致',
      });
    else if (application.status === 'community-review')
      application = await api.post('assistance', `${path}/community-review`, { recommendation: 'grant', opinion: '民主评议通过' });
    else if (application.status === 'public-notice')
      application = await api.post('assistance', `${path}/decision`, { outcome: 'granted', reason: '符合低保条件', startsOn });
    else throw new Error(`demo: the application of household ${h.key} stands at ${application.status}, not on the way to ${target}`);
  }
  if (target === 'granted') run.ids[`benefit:${h.key}`] = application.benefitId ?? (await api.get('assistance', path)).body.benefitId;
}
