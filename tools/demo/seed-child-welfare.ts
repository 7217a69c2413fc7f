import { DemoPerson, PEOPLE, subDistrictOf } from './demo-city-data';
import { DemoRun } from './demo-run';

const P = PEOPLE;
const CHILDREN: { child: DemoPerson; category: string; subKind?: string; guardian?: DemoPerson; relation?: string }[] = [
  // Their grandfathers are their guardians: a guardian's death opens a re-assessment case.
  { child: P.wangXiaoyu, category: 'in-difficulty', subKind: 'poverty', guardian: P.wangJianhua, relation: 'grandparent' },
  { child: P.zhaoXiaoyu, category: 'in-difficulty', subKind: 'poverty', guardian: P.zhaoDeming, relation: 'grandparent' },
  { child: P.linAnan, category: 'orphan' },
  { child: P.linLele, category: 'orphan' },
  { child: P.lvXiaoming, category: 'de-facto-unattended' },
];

/**
 * Child welfare (儿童福利): a protection workstation in 天平路街道 with its director; children's
 * records with guardians; a protection case for 吕晓明 through assessment and plan; an adoption
 * assessment of 韩晓东 and 杨雪 completed positive (registration takes it from there), and one of
 * 朱海涛 and 秦敏 begun (the adoption walk-through finishes it).
 */
export async function seedChildWelfare(run: DemoRun): Promise<void> {
  const { api } = run;
  const station = await run.ensure(
    'child-welfare: workstations',
    async () => (await api.list('child-welfare', '/api/v1/workstations?divisionCode=310104003'))[0],
    () => api.post('child-welfare', '/api/v1/workstations', { divisionCode: '310104003', name: '天平路街道未成年人保护工作站', establishedOn: '2024-06-01' }),
  );
  const directorOf = async () =>
    ((await api.get('child-welfare', `/api/v1/workstations/${station.id}`)).body.staff as { id: string; role: string; leftOn?: string }[]).find(
      (s) => s.role === 'director' && !s.leftOn,
    );
  await run.ensure('child-welfare: workstation staff', directorOf, () =>
    api.post('child-welfare', `/api/v1/workstations/${station.id}/staff`, {
      citizenId: P.yanGuoping.citizenId,
      name: P.yanGuoping.name,
      role: 'director',
      phone: '021-64000000',
      appointedOn: '2024-06-01',
    }),
  );
  const director = (await directorOf())!;
  const ids: Record<string, string> = {};
  for (const { child, category, subKind, guardian, relation } of CHILDREN) {
    const record = await run.ensure(
      'child-welfare: children',
      async () => (await api.list('child-welfare', `/api/v1/children?citizenId=${child.citizenId}`))[0],
      () =>
        api.post('child-welfare', '/api/v1/children', {
          citizenId: child.citizenId,
          name: child.name,
          divisionCode: subDistrictOf(child),
          address: `${child.name}家`,
          category,
          ...(subKind ? { subKind } : {}),
          registeredOn: '2025-01-15',
        }),
    );
    ids[child.name] = record.id;
    if (guardian)
      await run.ensure(
        'child-welfare: guardians',
        async () =>
          ((await api.get('child-welfare', `/api/v1/children/${record.id}`)).body.guardians as { citizenId?: string }[]).find(
            (g) => g.citizenId === guardian.citizenId,
          ),
        () =>
          api.post('child-welfare', `/api/v1/children/${record.id}/guardians`, {
            citizenId: guardian.citizenId,
            name: guardian.name,
            relation,
            contact: '13800000000',
            from: '2025-01-15',
          }),
      );
  }
  const lv = ids[P.lvXiaoming.name];
  const protection = await run.ensure(
    'child-welfare: protection cases',
    async () => (await api.list('child-welfare', `/api/v1/protection-cases?childId=${lv}`))[0],
    () =>
      api.post('child-welfare', `/api/v1/workstations/${station.id}/protection-cases`, {
        childId: lv,
        directorId: director.id,
        source: 'school',
        concern: '长期缺课，疑似无人照料',
        reportedOn: run.dateDaysAgo(10),
      }),
  );
  if (protection.stage === 'reported')
    await api.post('child-welfare', `/api/v1/protection-cases/${protection.id}/assessment`, {
      assessedOn: run.dateDaysAgo(8),
      riskLevel: 'medium',
      findings: '父母外出务工，祖母卧病，无人照料',
    });
  if ((await api.get('child-welfare', `/api/v1/protection-cases/${protection.id}`)).body.stage === 'assessed')
    await api.post('child-welfare', `/api/v1/protection-cases/${protection.id}/plan`, {
      plannedOn: run.dateDaysAgo(7),
      measures: '落实临时监护，申请困境儿童保障，每月回访',
    });
  run.ids['protection-case'] = protection.id;

  // The basic living allowance (基本生活保障金) of the orphans, paid for the same month as assistance's.
  const month = run.ids['payment-month'];
  await run.ensure(
    'child-welfare: allowance months',
    async () => ((await api.get('child-welfare', `/api/v1/allowance-runs/${month}`)).status === 200 ? month : undefined),
    () => api.post('child-welfare', '/api/v1/allowance-runs', { month }),
  );

  for (const [adopters, complete] of [
    [[P.hanXiaodong, P.yangXue], true],
    [[P.zhuHaitao, P.qinMin], false],
  ] as const) {
    const assessment = await run.ensure(
      'child-welfare: adoption assessments',
      async () => (await api.list('child-welfare', `/api/v1/adoption-assessments?adopterCitizenId=${adopters[0].citizenId}`))[0],
      () =>
        api.post('child-welfare', '/api/v1/adoption-assessments', {
          adopters: adopters.map((a) => ({ citizenId: a.citizenId, name: a.name })),
          divisionCode: subDistrictOf(adopters[0]),
          appliedOn: run.dateDaysAgo(20),
        }),
    );
    run.ids[`adoption-assessment:${adopters[0].name}`] = assessment.id;
    if (!complete) continue;
    const path = `/api/v1/adoption-assessments/${assessment.id}`;
    if ((await api.get('child-welfare', path)).body.status === 'applied')
      await api.post('child-welfare', `${path}/home-study`, {
        visitedOn: run.dateDaysAgo(15),
        assessor: '浦东新区收养评估小组',
        findings: '住房宽敞，收入稳定，夫妻关系和睦',
      });
    if ((await api.get('child-welfare', path)).body.status === 'home-studied')
      await api.post('child-welfare', `${path}/result`, { result: 'positive', reasons: ['收养动机端正，具备抚养教育能力'], completedOn: run.dateDaysAgo(12) });
  }
}
