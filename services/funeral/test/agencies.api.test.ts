import { newUscc, seedTestDivisions, startTestService, testToken, TestService } from '@civic/testing';
import { AppModule } from '../src/app.module';
import { service } from '../src/service';

/** The agency registry of libs/supervision as funeral mounts it (殡葬代理); registration mounts the same for marriage agencies. */
describe('funeral agencies (殡葬代理): registry, complaints, joint enforcement', () => {
  let funeral: TestService;
  let officer: string;

  beforeAll(async () => {
    funeral = await startTestService(AppModule, service);
    await seedTestDivisions(funeral, 'funeral');
    officer = await testToken(['funeral:funeral-agency.read', 'funeral:funeral-agency.manage']);
  });
  afterAll(() => funeral.close());

  const post = (url: string, body: unknown, token = officer) => funeral.request({ method: 'POST', url, token, body });

  it('registers an agency once under its USCC, records and resolves complaints, enforcement and a revocation', async () => {
    const uscc = newUscc();
    const created = await post('/api/v1/funeral-agencies', { uscc, name: '某殡葬服务代理公司', divisionCode: '310104003' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ uscc, status: 'active' });
    expect((await post('/api/v1/funeral-agencies', { uscc, name: '重复', divisionCode: '310104003' })).status).toBe(409);
    const id = created.body.id;

    const complained = await post(`/api/v1/funeral-agencies/${id}/complaints`, { complainant: '家属', summary: '强制捆绑销售骨灰盒' });
    const complaintId = complained.body.complaints[0].id;
    const resolved = await post(`/api/v1/funeral-agencies/${id}/complaints/${complaintId}/resolution`, { upheld: true, resolution: '查证属实，责令退费' });
    expect(resolved.body.complaints[0]).toMatchObject({ status: 'upheld', resolution: '查证属实，责令退费' });
    expect((await post(`/api/v1/funeral-agencies/${id}/complaints/${complaintId}/resolution`, { upheld: false, resolution: 'x' })).status).toBe(409);

    const notice = await post(`/api/v1/funeral-agencies/${id}/actions`, { kind: 'rectification-notice', takenOn: '2027-03-01', findings: '未明码标价' });
    expect(notice.status).toBe(422);
    const joint = await post(`/api/v1/funeral-agencies/${id}/actions`, {
      kind: 'joint-enforcement',
      takenOn: '2027-03-05',
      findings: '无证经营殡葬用品',
      partners: ['市场监管局', '公安分局'],
    });
    expect(joint.body.actions[0]).toMatchObject({ kind: 'joint-enforcement', partners: ['市场监管局', '公安分局'] });

    const revoked = await post(`/api/v1/funeral-agencies/${id}/status`, { status: 'revoked', reason: '联合执法取缔' });
    expect(revoked.body.status).toBe('revoked');
    expect((await post(`/api/v1/funeral-agencies/${id}/complaints`, { complainant: 'x', summary: 'y' })).status).toBe(409);
    const listed = await funeral.request({ method: 'GET', url: '/api/v1/funeral-agencies?status=revoked&divisionCode=310104', token: officer });
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('refuses a malformed USCC, an unknown division and callers without the permission', async () => {
    const res = await post('/api/v1/funeral-agencies', { uscc: `${newUscc().slice(0, 17)}I`, name: 'x', divisionCode: '310104003' }); // I is not in the USCC alphabet
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/^urn:civic:problem:uscc\./);
    expect((await post('/api/v1/funeral-agencies', { uscc: newUscc(), name: 'x', divisionCode: '310104777' })).body.type).toBe(
      'urn:civic:problem:division.unknown',
    );
    const reader = await testToken(['funeral:funeral-agency.read']);
    expect((await post('/api/v1/funeral-agencies', { uscc: newUscc(), name: 'x', divisionCode: '310104003' }, reader)).status).toBe(403);
  });
});
