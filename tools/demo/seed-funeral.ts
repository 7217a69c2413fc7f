import { PEOPLE, subDistrictOf } from './demo-city-data';
import { DemoRun } from './demo-run';
import { demoUscc } from './synthetic-ids';

const P = PEOPLE;
const CEMETERY = { name: '福寿园（演示）', kind: 'commercial', divisionCode: '310118' };

/**
 * Funeral (殡葬): a cemetery with a zone of plots and the tomb-sweeping slots of the next Qingming
 * with bookings; then, last of the whole demo, the death of 王建华, registered, cremated and
 * buried, which reaches every context he is known in (his benefit, his bed, his marriage, his
 * grandson's guardianship, his tags, his volunteering).
 */
export async function seedFuneral(run: DemoRun): Promise<void> {
  const { api } = run;
  const cemetery = await run.ensure(
    'funeral: cemeteries',
    async () =>
      (await api.list<{ id: string; name: string }>('funeral', `/api/v1/cemeteries?divisionCode=${CEMETERY.divisionCode}`)).find(
        (c) => c.name === CEMETERY.name,
      ),
    () => api.post('funeral', '/api/v1/cemeteries', CEMETERY),
  );
  run.ids['cemetery'] = cemetery.id;
  const zone = await run.ensure(
    'funeral: zones',
    async () => ((await api.get('funeral', `/api/v1/cemeteries/${cemetery.id}/zones`)).body as { id: string; code: string }[]).find((z) => z.code === 'E1'),
    () => api.post('funeral', `/api/v1/cemeteries/${cemetery.id}/zones`, { code: 'E1', burialType: 'plot' }),
  );
  await run.ensure(
    'funeral: plots',
    async () => (await api.list('funeral', `/api/v1/cemeteries/${cemetery.id}/plots?zoneId=${zone.id}`))[0],
    () =>
      api.post('funeral', `/api/v1/cemeteries/${cemetery.id}/zones/${zone.id}/plots`, {
        plots: Array.from({ length: 6 }, (_, i) => ({ number: `E1-${String(i + 1).padStart(3, '0')}`, areaM2: 0.6, double: i < 2 })),
      }),
  );

  // The next Qingming (清明): this year's unless it has passed.
  const today = run.today();
  const year = today.slice(5) > '04-05' ? Number(today.slice(0, 4)) + 1 : Number(today.slice(0, 4));
  const season = `qingming-${year}`;
  const slots: string[] = [];
  for (const day of [`${year}-04-04`, `${year}-04-05`])
    for (const [startsAt, endsAt] of [
      ['08:00', '10:00'],
      ['10:00', '12:00'],
    ]) {
      const slot = await run.ensure(
        'funeral: sweeping slots',
        async () =>
          (await api.list<{ id: string; startsAt: string }>('funeral', `/api/v1/sweeping-slots?cemeteryId=${cemetery.id}&day=${day}`)).find(
            (s) => s.startsAt === startsAt,
          ),
        () => api.post('funeral', '/api/v1/sweeping-slots', { cemeteryId: cemetery.id, season, day, startsAt, endsAt, capacity: 200 }),
      );
      slots.push(slot.id);
    }
  run.ids['sweeping-slot'] = slots[0];
  for (const [person, visitors] of [
    [P.zhouZhiqiang, 3],
    [P.yanGuoping, 2],
  ] as const)
    await run.ensure(
      'funeral: sweeping bookings',
      async () => (await api.list('funeral', `/api/v1/sweeping-bookings?citizenId=${person.citizenId}&slotId=${slots[0]}`))[0],
      () => api.post('funeral', '/api/v1/sweeping-bookings', { slotId: slots[0], citizenId: person.citizenId, visitors }),
    );

  // A funeral agency (殡葬代理) on the registry.
  const agency = { uscc: demoUscc(11, '91'), name: '浦东安心殡葬服务站（演示）', divisionCode: '310115' };
  await run.ensure(
    'funeral: funeral agencies',
    async () => (await api.list<{ uscc: string }>('funeral', '/api/v1/funeral-agencies?divisionCode=310115')).find((a) => a.uscc === agency.uscc),
    () => api.post('funeral', '/api/v1/funeral-agencies', agency),
  );

  const deceased = P.wangJianhua;
  const death = await run.ensure(
    'funeral: deaths registered',
    async () => (await api.list('funeral', `/api/v1/death-records?citizenId=${deceased.citizenId}`))[0],
    () =>
      api.post('funeral', '/api/v1/death-records', {
        citizenId: deceased.citizenId,
        name: deceased.name,
        dateOfDeath: run.dateDaysAgo(2),
        placeOfDeath: '上海市第六人民医院',
        divisionCode: subDistrictOf(deceased),
        funeralHome: '龙华殡仪馆',
        certificateNo: 'SW-DEMO-000001',
      }),
  );
  run.ids['death-record'] = death.id;
  if (!(await api.get('funeral', `/api/v1/death-records/${death.id}`)).body.cremation)
    await api.post('funeral', `/api/v1/death-records/${death.id}/cremation`, {
      crematedOn: run.dateDaysAgo(1),
      funeralHome: '龙华殡仪馆',
      certificateNo: 'HH-DEMO-000001',
    });
  const plots = await api.list<{ id: string; number: string; deathRecordId: string | null }>(
    'funeral',
    `/api/v1/cemeteries/${cemetery.id}/plots?zoneId=${zone.id}`,
  );
  await run.ensure(
    'funeral: plots assigned',
    async () => plots.find((p) => p.deathRecordId === death.id),
    () => api.post('funeral', `/api/v1/plots/${plots.find((p) => p.number === 'E1-001')!.id}/assignment`, { deathRecordId: death.id }),
  );
}
