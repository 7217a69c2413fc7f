import { COMMITTEES, DWELLINGS, PEOPLE, SUB_DISTRICTS } from './demo-city-data';
import { DemoRun } from './demo-run';

/**
 * Community (基层治理) first: it owns the divisions every other context files records under, and
 * the register of dwellings and residents (人房数据). Everyone of the cast lives somewhere.
 */
export async function seedCommunity(run: DemoRun): Promise<void> {
  const { api } = run;
  for (const division of [...SUB_DISTRICTS, ...COMMITTEES])
    await run.ensure(
      'community: divisions',
      async () => ((await api.get('community', `/api/v1/divisions/${division.code}`)).status === 200 ? division.code : undefined),
      () => api.post('community', '/api/v1/divisions', { code: division.code, name: division.name, validFrom: '2024-01-01' }),
    );
  const dwellingIds: Record<string, string> = {};
  for (const [key, dwelling] of Object.entries(DWELLINGS)) {
    const made = await run.ensure(
      'community: dwellings',
      async () =>
        (await api.list<{ id: string; address: string }>('community', `/api/v1/dwellings?divisionCode=${dwelling.committeeCode}`)).find(
          (d) => d.address === dwelling.address,
        ),
      () => api.post('community', '/api/v1/dwellings', { ...dwelling, kind: 'apartment' }),
    );
    dwellingIds[key] = made.id;
  }
  for (const [key, person] of Object.entries(PEOPLE)) {
    const made = await run.ensure(
      'community: residents',
      async () =>
        (await api.list<{ id: string; citizenId: string }>('community', `/api/v1/persons?divisionCode=${DWELLINGS[person.dwelling].committeeCode}`)).find(
          (p) => p.citizenId === person.citizenId,
        ),
      () =>
        api.post('community', '/api/v1/persons', {
          citizenId: person.citizenId,
          name: person.name,
          dwellingId: dwellingIds[person.dwelling],
          movedInOn: '2024-03-01',
        }),
    );
    run.ids[`person:${key}`] = made.id;
  }
  // 褚玉兰 lives alone: tagged 独居老人, eldercare plans her a visit and assistance's adviser gets a lead.
  const chu = run.ids['person:chuYulan'];
  await run.ensure(
    'community: tags set',
    async () => ((await api.get('community', `/api/v1/persons/${chu}`)).body.tags as { code: string }[]).find((t) => t.code === 'living-alone-elder'),
    () => api.post('community', `/api/v1/persons/${chu}/tags`, { tag: 'living-alone-elder', reason: '入户走访核实：独自居住' }),
  );
  // An item of the community affairs catalogue (社区事务受理事项), admitted for the committees and pushed down to one.
  const item = 'SQ-9901';
  await run.ensure(
    'community: service items',
    async () => ((await api.get('community', `/api/v1/service-items/${item}`)).status === 200 ? item : undefined),
    async () => {
      await api.post('community', '/api/v1/service-items', {
        code: item,
        name: '老年人综合津贴申请（演示）',
        legalBasis: '《上海市老年人综合津贴制度实施办法》',
        department: '市民政局',
        timeLimitDays: 5,
        materials: ['身份证', '户口簿'],
        decisionNo: '沪民基〔2024〕1号',
        admittedOn: '2024-01-10',
      });
      await api.post('community', `/api/v1/service-items/${item}/committee-admission`, { decisionNo: '沪民基〔2024〕7号', admittedOn: '2024-03-01' });
      return api.post('community', `/api/v1/service-items/${item}/push-downs`, { divisionCode: '310104003001', pushedOn: '2024-03-02' });
    },
  );
  // Every other context learns the divisions from community's events before it files anything there.
  await run.waitUntil('every service knows the demo divisions', async () => {
    for (const service of ['assistance', 'eldercare', 'child-welfare', 'registration', 'funeral', 'charity'])
      for (const { code } of COMMITTEES) if ((await api.get(service, `/api/v1/divisions/${code}`)).status !== 200) return false;
    return true;
  });
}
