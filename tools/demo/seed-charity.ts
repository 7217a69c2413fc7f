import { PEOPLE, subDistrictOf } from './demo-city-data';
import { DemoRun } from './demo-run';
import { demoUscc } from './synthetic-ids';

const P = PEOPLE;
const ORGANISATIONS = [
  {
    key: 'foundation',
    uscc: demoUscc(1, '53'),
    kind: 'foundation',
    name: '徐汇区助老公益基金会（演示）',
    domicileDivisionCode: '310104003',
    authorityLevel: 'city',
    legalRepresentative: '严国平',
    registeredCapital: '4000000.00',
    registeredOn: '2022-03-01',
  },
  {
    key: 'group',
    uscc: demoUscc(2, '51'),
    kind: 'social-group',
    name: '天平社区志愿者协会（演示）',
    domicileDivisionCode: '310104003',
    authorityLevel: 'district',
    legalRepresentative: '严国平',
    registeredCapital: '30000.00',
    registeredOn: '2023-06-01',
  },
] as const;

/**
 * Charity (慈善和社会组织): a foundation recognised as a charity and qualified for public
 * fundraising, with a fundraising plan and donations; a volunteers' association; volunteers (王建华
 * and 赵德明 among them) with service hours; a charity supermarket in 天平路街道.
 */
export async function seedCharity(run: DemoRun): Promise<void> {
  const { api } = run;
  const orgs: Record<string, string> = {};
  for (const { key, ...org } of ORGANISATIONS) {
    const made = await run.ensure(
      'charity: organisations',
      async () =>
        (await api.list<{ id: string; uscc: string }>('charity', `/api/v1/organisations?name=${encodeURIComponent(org.name)}`)).find(
          (o) => o.uscc === org.uscc,
        ),
      () => api.post('charity', '/api/v1/organisations', org),
    );
    orgs[key] = made.id;
  }
  const foundation = orgs.foundation;
  const current = (await api.get('charity', `/api/v1/organisations/${foundation}`)).body;
  if (!current.charityRecognisedOn) await api.post('charity', `/api/v1/organisations/${foundation}/charity-recognition`, { recognisedOn: '2022-09-01' });
  if (!current.fundraisingQualifiedOn)
    await api.post('charity', `/api/v1/organisations/${foundation}/fundraising-qualification`, { qualifiedOn: '2024-06-01' });
  const year = Number(run.today().slice(0, 4));
  const title = `${year} 年冬季助老暖心行动`;
  const plan = await run.ensure(
    'charity: fundraising plans',
    async () =>
      (await api.list<{ id: string; title: string }>('charity', `/api/v1/fundraising-plans?organisationId=${foundation}`)).find((p) => p.title === title),
    // Filed (as the law asks) before it started: a month ago, on the sandbox clock.
    () =>
      run.daysAgo(30, () =>
        api.post('charity', '/api/v1/fundraising-plans', {
          organisationId: foundation,
          title,
          purpose: '为本市独居困难老人添置取暖设备',
          startsOn: run.dateDaysAgo(15),
          endsOn: run.dateDaysAgo(-90),
          target: '500000.00',
        }),
      ),
  );
  const donations = [
    { donorKind: 'person', donorName: '周先生', kind: 'money', value: '2000.00' },
    { donorKind: 'organisation', donorName: '上海某科技有限公司（演示）', kind: 'money', value: '50000.00' },
    { donorKind: 'anonymous', kind: 'money', value: '500.00' },
  ];
  for (const d of donations)
    await run.ensure(
      'charity: donations',
      async () =>
        (await api.list<{ donorName?: string; value: string }>('charity', `/api/v1/donations?planId=${plan.id}`)).find(
          (x) => (x.donorName ?? null) === (d.donorName ?? null) && x.value === d.value,
        ),
      () => api.post('charity', '/api/v1/donations', { organisationId: foundation, planId: plan.id, ...d, receivedOn: run.dateDaysAgo(3) }),
    );
  for (const person of [P.wangJianhua, P.zhaoDeming, P.yanGuoping, P.heJia]) {
    const volunteer = await run.ensure(
      'charity: volunteers',
      async () =>
        (await api.list<{ id: string; citizenId: string; status: string }>('charity', `/api/v1/volunteers?divisionCode=${subDistrictOf(person)}`)).find(
          (v) => v.citizenId === person.citizenId,
        ),
      () =>
        api.post('charity', '/api/v1/volunteers', {
          citizenId: person.citizenId,
          name: person.name,
          divisionCode: subDistrictOf(person),
          registeredOn: '2024-01-10',
        }),
    );
    // A record closed since (王建华's, by his death) keeps what it had; nothing is added to it.
    if ((await api.get('charity', `/api/v1/volunteers/${volunteer.id}`)).body.status !== 'active') continue;
    await run.ensureUnique(
      'charity: volunteer memberships',
      () => api.request('charity', 'POST', `/api/v1/volunteers/${volunteer.id}/memberships`, { organisationId: orgs.group, joinedOn: '2024-02-01' }),
      `membership of ${person.name}`,
    );
    await run.ensure(
      'charity: volunteer service records',
      async () => (await api.list('charity', `/api/v1/volunteers/${volunteer.id}/service-records`))[0],
      () =>
        api.post('charity', `/api/v1/volunteers/${volunteer.id}/service-records`, {
          organisationId: orgs.group,
          servedOn: run.dateDaysAgo(5),
          hours: 3,
          activity: '社区助老：陪伴独居老人就医',
        }),
    );
  }
  const trusteeUscc = demoUscc(3, '91');
  await run.ensure(
    'charity: charitable trusts',
    async () => (await api.list('charity', `/api/v1/charitable-trusts?trusteeUscc=${trusteeUscc}`))[0],
    () =>
      api.post('charity', '/api/v1/charitable-trusts', {
        name: '天平助学慈善信托（演示）',
        trusteeName: '上海某某信托有限公司（演示）',
        trusteeUscc,
        settlors: '周先生、吴女士',
        purpose: '资助本街道家庭经济困难学生',
        property: '1000000.00',
        signedOn: run.dateDaysAgo(2),
        divisionCode: '310104',
      }),
  );
  await run.ensure(
    'charity: supermarkets',
    async () => (await api.list('charity', '/api/v1/supermarkets?divisionCode=310104003'))[0],
    () =>
      api.post('charity', '/api/v1/supermarkets', {
        name: '天平街道慈善超市（演示）',
        divisionCode: '310104003',
        operatorOrganisationId: orgs.group,
        monthlyAllowance: '100.00',
      }),
  );
}
