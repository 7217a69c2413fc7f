import { SERVICE_REGISTRY, ServiceName } from '@civic/contracts';
import { newBirthDate, newCitizenId, newUscc, repoRoot, seedTestDivisions, startTestService, TestService, testToken } from '@civic/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from './services';

interface Operation {
  method: string;
  path: string;
  permission: string;
  districtScope: string[];
}

/** Every /api operation of a service's committed OpenAPI document, with what it asks of its caller. */
function operationsOf(service: string): Operation[] {
  const document = JSON.parse(readFileSync(join(repoRoot(), 'services', service, 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { 'x-permission'?: string; 'x-district-scope'?: string[] }>>;
  };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        permission: operation['x-permission'] ?? '',
        districtScope: operation['x-district-scope'] ?? [],
      })),
    );
}

/** The path with every parameter filled: the given ones, else a fresh UUID (the guards run before any validation). */
function filled(path: string, values: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? randomUUID());
}

/** An 18-digit citizen ID number as issued (region, birth date, sequence, check character), not masked. */
const UNMASKED_CITIZEN_ID = /(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/;

/** One record per kind the walk can find again through its collection, in district 310104 (徐汇). */
async function seedRecords(name: ServiceName, app: TestService, token: string): Promise<void> {
  const post = (url: string, body: unknown) => app.request({ method: 'POST', url, token, body });
  if (name === 'assistance') {
    const member = { citizenId: newCitizenId(newBirthDate()), name: '巡检成员', relation: 'head', monthlyIncome: '0.00', assets: '0.00' };
    const household = await post('/api/v1/households', { divisionCode: '310104003', address: '巡检路1号', members: [member] });
    expect(household.status).toBe(201);
    expect((await post('/api/v1/applications', { householdId: household.body.id, programme: 'dibao' })).status).toBe(201);
  }
  if (name === 'registration') {
    expect((await post('/api/v1/marriage-agencies', { uscc: newUscc(), name: '巡检婚姻介绍所', divisionCode: '310104004' })).status).toBe(201);
  }
  if (name === 'funeral') {
    const death = {
      citizenId: newCitizenId(newBirthDate()),
      name: '巡检',
      dateOfDeath: '2026-01-02',
      placeOfDeath: '某医院',
      divisionCode: '310104003',
      funeralHome: '龙华殡仪馆',
      certificateNo: 'RW001',
    };
    expect((await post('/api/v1/death-records', death)).status).toBe(201);
    expect((await post('/api/v1/funeral-agencies', { uscc: newUscc(), name: '巡检殡葬代理', divisionCode: '310104003' })).status).toBe(201);
    expect((await post('/api/v1/cemeteries', { name: `巡检公墓${randomUUID().slice(0, 8)}`, kind: 'commercial', divisionCode: '310104' })).status).toBe(201);
  }
  if (name === 'community') {
    expect((await post('/api/v1/divisions', { code: `310104${String(900 + Math.floor(Math.random() * 99))}`, name: '巡检街道' })).status).toBe(201);
  }
}

/**
 * Walks every /api route of every service from its committed OpenAPI document: without a token
 * 401; with every permission of the service but the route's own 403; with the route's own it gets
 * past authorisation. A token of another district is refused a record (403, found through the
 * record's collection) and sees only its district in a list.
 */
describe.each(SERVICE_REGISTRY.map((s) => s.name))('the routes of %s', (name) => {
  let app: TestService;
  const operations = operationsOf(name);
  const permissions = [...new Set(operations.map((o) => o.permission))];
  let cityWide: string;

  beforeAll(async () => {
    app = await startTestService(SERVICES[name].module, SERVICES[name].definition, { consumers: false });
    if (name !== 'community') await seedTestDivisions(app, SERVICES[name].definition.schema);
    cityWide = await testToken(permissions, 'route-walker', 'route-walk');
    await seedRecords(name, app, cityWide);
  });
  afterAll(() => app.close());

  const send = (operation: Operation, token?: string, values?: Record<string, string>) =>
    app.request({
      method: operation.method,
      url: filled(operation.path, values),
      token,
      body: ['POST', 'PUT', 'PATCH'].includes(operation.method) ? {} : undefined,
    });

  it('declares a permission of its own service on every route', () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(`${operation.method} ${operation.path} ${operation.permission}`).toMatch(new RegExp(` ${name}:[a-z.-]+$`));
  });

  it('answers 401 without a token, 403 without the route’s permission, and lets the permission through', async () => {
    for (const operation of operations) {
      const route = `${operation.method} ${operation.path}`;
      expect(`${route} -> ${(await send(operation)).status}`).toBe(`${route} -> 401`);
      const allOthers = await testToken(
        permissions.filter((p) => p !== operation.permission),
        'route-walker',
      );
      expect(`${route} -> ${(await send(operation, allOthers)).status}`).toBe(`${route} -> 403`);
      const own = await testToken([operation.permission], 'route-walker');
      const status = (await send(operation, own)).status;
      expect(`${route} -> ${[401, 403].includes(status) ? status : 'through'}`).toBe(`${route} -> through`);
    }
  });

  it('never answers a citizen ID unmasked to a caller without personal-data.read, nested or not', async () => {
    let answered = 0;
    for (const operation of operations.filter((o) => o.method === 'GET')) {
      // A record route gets a record of its collection, when one exists.
      const [, collection, parameter] = /^(\/api\/v1\/[a-z-]+)\/\{(\w+)\}/.exec(operation.path) ?? [];
      const values: Record<string, string> = {};
      if (collection) {
        const listed = await app.request({ method: 'GET', url: `${collection}?limit=50`, token: cityWide });
        const first = (listed.body?.items ?? [])[0] as { id?: string; code?: string } | undefined;
        if (first) values[parameter] = (first.id ?? first.code)!;
      }
      const res = await app.request({
        method: 'GET',
        url: `${filled(operation.path, values)}${operation.path.includes('{') ? '' : '?limit=50'}`,
        token: cityWide,
      });
      if (res.status === 200) answered += 1;
      expect(`${operation.path}: ${UNMASKED_CITIZEN_ID.exec(res.text)?.[0] ?? 'masked'}`).toBe(`${operation.path}: masked`);
    }
    expect(answered).toBeGreaterThan(0);
    if (name === 'assistance') {
      // The same read with the permission shows them whole: the check above can see one.
      const [household] = (await app.request({ method: 'GET', url: '/api/v1/households?limit=1', token: cityWide })).body.items;
      const whole = await app.request({
        method: 'GET',
        url: `/api/v1/households/${household.id}`,
        token: await testToken([...permissions, 'assistance:personal-data.read']),
      });
      expect(whole.text).toMatch(UNMASKED_CITIZEN_ID);
    }
  });

  it('refuses a record of another district and filters a list to the caller’s district', async () => {
    let recordsChecked = 0;
    // A record's route, or a division's own (its code in the path).
    const recordRoutes = operations.filter((o) => o.districtScope.includes('record') || (o.districtScope.includes('division') && o.path.includes('{code}')));
    for (const operation of recordRoutes) {
      const [, collection, parameter] = /^(\/api\/v1\/[a-z-]+)\/\{(\w+)\}/.exec(operation.path) ?? [];
      if (!collection) continue;
      const listed = await app.request({ method: 'GET', url: `${collection}?limit=50`, token: cityWide });
      const records = ((listed.body?.items ?? []) as { id?: string; code?: string; divisionCode?: string }[]).filter((r) => r.divisionCode ?? r.code);
      const record = records.find((r) => (r.divisionCode ?? r.code)!.startsWith('310104')) ?? records[0];
      if (!record) continue;
      const division = (record.divisionCode ?? record.code)!;
      const elsewhere = division.startsWith('310115') ? '310104' : '310115';
      const outsider = await testToken([operation.permission], 'district-officer', 'route-walk', [elsewhere]);
      const route = `${operation.method} ${operation.path} (${division})`;
      const status = (await send(operation, outsider, { [parameter]: (record.id ?? record.code)! })).status;
      expect(`${route} -> ${status}`).toBe(`${route} -> 403`);
      recordsChecked += 1;
    }
    // The records this walk seeded are found and refused on every route that names them: households
    // and applications (assistance), marriage agencies, deaths, cemeteries and funeral agencies, divisions.
    const seeded: Partial<Record<ServiceName, number>> = { assistance: 18, registration: 5, funeral: 16, community: 2 };
    expect(recordsChecked).toBeGreaterThanOrEqual(seeded[name] ?? 0);

    for (const operation of operations.filter((o) => o.method === 'GET' && o.districtScope.includes('list') && !o.path.includes('{'))) {
      const insider = await testToken([operation.permission], 'district-officer', 'route-walk', ['310104']);
      const res = await app.request({ method: 'GET', url: `${operation.path}?limit=50`, token: insider });
      if (res.status !== 200 || !Array.isArray(res.body?.items)) continue;
      const divisions = (res.body.items as { divisionCode?: string }[]).map((item) => item.divisionCode).filter((d): d is string => !!d);
      expect(`${operation.path}: ${divisions.filter((d) => !d.startsWith('310104')).join(',')}`).toBe(`${operation.path}: `);
    }
  });
});
