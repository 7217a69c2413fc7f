import { DemoPerson, PEOPLE } from './demo-city-data';
import { DemoRun } from './demo-run';
import { demoUscc } from './synthetic-ids';

const P = PEOPLE;
/** Marriages registered before the platform (imported from the ministry's registry, 民政部婚姻登记信息系统). */
const PRIOR_MARRIAGES: [string, DemoPerson, DemoPerson, string][] = [
  ['DEMO-M-1', P.wangJianhua, P.liXiulan, '1975-10-01'],
  ['DEMO-M-2', P.zhaoDeming, P.sunGuifang, '1972-05-01'],
  ['DEMO-M-3', P.zhouZhiqiang, P.wuLijuan, '2005-09-18'],
  ['DEMO-M-4', P.hanXiaodong, P.yangXue, '2015-10-10'],
  ['DEMO-M-5', P.zhuHaitao, P.qinMin, '2012-02-14'],
  ['DEMO-M-6', P.xuWenbin, P.heJia, '2020-05-20'],
];

/**
 * Registration (婚姻收养登记): the cast's marriages (imported, as marriages before the platform
 * are), one registered today with its certificates, a divorce of 许文斌 and 何佳 in its 30-day
 * cooling-off period, an appointment for 孔令辉 and 曹颖, and the adoption of 林安安 by 韩晓东 and
 * 杨雪 on child-welfare's positive assessment.
 */
export async function seedRegistration(run: DemoRun): Promise<void> {
  const { api } = run;
  const imported = await api.post('registration', '/api/v1/prior-marriage-imports', {
    source: 'mca-marriage-registry',
    records: PRIOR_MARRIAGES.map(([sourceRecordId, a, b, registeredOn]) => ({
      sourceRecordId,
      partyA: { citizenId: a.citizenId, name: a.name },
      partyB: { citizenId: b.citizenId, name: b.name },
      registeredOn,
      officeCode: '310104',
      status: 'married',
    })),
  });
  if (imported.rejected.length) throw new Error(`demo: prior marriages refused: ${JSON.stringify(imported.rejected)}`);
  const tally = (run.tally['registration: marriages imported'] ??= { created: 0, found: 0 });
  tally.created += imported.imported.length;
  tally.found += imported.alreadyImported.length;

  const couple = [P.shiZhenhua, P.zhangTing];
  await run.ensure(
    'registration: marriages registered',
    async () => ((await api.get('registration', `/api/v1/marital-status/${couple[0].citizenId}`)).body.status === 'married' ? true : undefined),
    () =>
      api.post('registration', '/api/v1/marriages', {
        partyA: { citizenId: couple[0].citizenId, name: couple[0].name },
        partyB: { citizenId: couple[1].citizenId, name: couple[1].name },
        officeCode: '310115',
        declaredNoProhibitedKinship: true,
        noSpouseDeclarationsConfirmed: true,
        partiesAppearedInPerson: true,
      }),
  );

  const divorcing = (await api.get('registration', `/api/v1/marital-status/${P.xuWenbin.citizenId}`)).body;
  if (divorcing.status === 'married')
    await run.ensureUnique(
      'registration: divorces in cooling-off',
      () => api.request('registration', 'POST', '/api/v1/divorce-applications', { marriageId: divorcing.marriageId, partiesAppearedInPerson: true }),
      'divorce application of 许文斌 and 何佳',
    );

  // The first day from the day after tomorrow the offices open (not a weekend or public holiday).
  const engaged = [P.kongLinghui, P.caoYing];
  for (let ahead = 2; ; ahead++) {
    const day = run.dateDaysAgo(-ahead);
    const answer = await api.request('registration', 'POST', '/api/v1/appointments', {
      officeCode: '310104',
      day,
      kind: 'marriage',
      foreignRelated: false,
      citizenIds: engaged.map((p) => p.citizenId),
    });
    const problem = (answer.body as { type?: string }).type ?? '';
    if (problem.endsWith('appointment.office-closed') && ahead < 20) continue;
    const count = (run.tally['registration: appointments'] ??= { created: 0, found: 0 });
    if (answer.status === 201) count.created += 1;
    else if (answer.status === 409) count.found += 1;
    else throw new Error(`demo: appointment refused: ${answer.status} ${JSON.stringify(answer.body)}`);
    break;
  }

  // A marriage agency (婚姻介绍机构) on the registry the bureau keeps.
  const agency = { uscc: demoUscc(10, '91'), name: '徐汇缘来婚姻介绍所（演示）', divisionCode: '310104' };
  await run.ensure(
    'registration: marriage agencies',
    async () => (await api.list<{ uscc: string }>('registration', '/api/v1/marriage-agencies?divisionCode=310104')).find((a) => a.uscc === agency.uscc),
    () => api.post('registration', '/api/v1/marriage-agencies', agency),
  );

  // Registration learns child-welfare's assessment through Kafka: the adoption waits for it.
  const assessmentId = run.ids[`adoption-assessment:${P.hanXiaodong.name}`];
  const adopt = () =>
    api.request('registration', 'POST', '/api/v1/adoptions', {
      adopters: [P.hanXiaodong, P.yangXue].map((a) => ({ citizenId: a.citizenId, name: a.name, children: 0 })),
      adoptee: { citizenId: P.linAnan.citizenId, name: P.linAnan.name },
      adopteeConsents: false,
      assessmentId,
      placingParty: { kind: 'welfare-institution', name: '上海市儿童福利院', consents: true },
      officeCode: '310115',
    });
  let answer = await adopt();
  await run.waitUntil('registration knows the adoption assessment', async () => {
    if (!String(answer.body?.type ?? '').endsWith('adoption.assessment-required')) return true;
    answer = await adopt();
    return false;
  });
  await run.ensureUnique('registration: adoptions', async () => answer, 'adoption of 林安安');
}
