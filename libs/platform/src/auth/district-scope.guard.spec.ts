import 'reflect-metadata';
import { Controller, ExecutionContext, Get, Post } from '@nestjs/common';
import { DiscoveryModule, ModuleRef } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { requestContext, RequestContext } from '../context/request-context';
import { ProblemError } from '../http/problem';
import { Actor } from './actor';
import { DistrictScope, RecordDivisions } from './district-scope.decorator';
import { DistrictScopeGuard } from './district-scope.guard';
import { RequirePermission } from './permission.decorator';
import { RouteDeclarationsCheck } from './route-declarations';

const RECORDS = Symbol('RECORDS');
const records: RecordDivisions = { divisionOf: async (id) => (id === '00000000-0000-4000-8000-000000000001' ? '310104003' : undefined) };

@Controller('api/v1/things')
class ThingsController {
  @Get()
  @RequirePermission('thing.read')
  @DistrictScope.list('divisionCode')
  list() {}

  @Post()
  @RequirePermission('thing.write')
  @DistrictScope.division('divisionCode')
  create() {}

  @Post(':id/move')
  @RequirePermission('thing.write')
  @DistrictScope.record(RECORDS)
  @DistrictScope.division('divisionCode')
  move() {}

  @Post('settings')
  @RequirePermission('thing.configure')
  @DistrictScope.cityLevel()
  configure() {}
}

@Controller('api/v1/forgotten')
class ForgottenController {
  @Get()
  @RequirePermission('thing.read')
  forgot() {}
}

const officer = (districts: string[]): Actor => ({ subject: 'o', system: 's', roles: [], districts });

describe('DistrictScopeGuard', () => {
  let guard: DistrictScopeGuard;
  beforeAll(async () => {
    const module = await Test.createTestingModule({ providers: [{ provide: RECORDS, useValue: records }] }).compile();
    guard = new DistrictScopeGuard(module.get(ModuleRef));
  });

  const call = (handler: keyof ThingsController, actor: Actor, request: { params?: object; body?: object; query?: object }, context?: RequestContext) => {
    const http = { actor, params: {}, query: {}, ...request };
    const execution = {
      getType: () => 'http',
      getHandler: () => ThingsController.prototype[handler],
      switchToHttp: () => ({ getRequest: () => http }),
    } as unknown as ExecutionContext;
    return requestContext.run(context ?? { requestId: 'r' }, () => guard.canActivate(execution));
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'allowed',
      (e: ProblemError) => `${e.status} ${e.code}`,
    );

  it('keeps a district token to the division a body names, and leaves malformed codes to validation', async () => {
    expect(await refusal(call('create', officer(['310104']), { body: { divisionCode: '310104003' } }))).toBe('allowed');
    expect(await refusal(call('create', officer(['310104']), { body: { divisionCode: '310105001' } }))).toBe('403 DISTRICT_OUT_OF_SCOPE');
    expect(await refusal(call('create', officer(['310104']), { body: { divisionCode: 'x' } }))).toBe('allowed');
  });

  it('checks every stacked rule: the record named by the path and the division it moves to', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(await refusal(call('move', officer(['310104']), { params: { id }, body: { divisionCode: '310104001' } }))).toBe('allowed');
    expect(await refusal(call('move', officer(['310105']), { params: { id }, body: { divisionCode: '310105001' } }))).toBe('403 DISTRICT_OUT_OF_SCOPE');
    expect(await refusal(call('move', officer(['310104']), { params: { id }, body: { divisionCode: '310105001' } }))).toBe('403 DISTRICT_OUT_OF_SCOPE');
    // An unknown record is the handler's 404, not a scope refusal.
    expect(await refusal(call('move', officer(['310105']), { params: { id: '00000000-0000-4000-8000-000000000002' }, body: {} }))).toBe('allowed');
  });

  it('refuses city-level settings to district tokens only', async () => {
    expect(await refusal(call('configure', officer(['310104']), {}))).toBe('403 CITY_LEVEL_ONLY');
    expect(await refusal(call('configure', officer([]), {}))).toBe('allowed');
  });

  it('marks a declared list for districtFilter and checks its division filter', async () => {
    const context: RequestContext = { requestId: 'r' };
    expect(await refusal(call('list', officer(['310104']), { query: { divisionCode: '310104003' } }, context))).toBe('allowed');
    expect(context.districtScopedList).toBe(true);
    expect(await refusal(call('list', officer(['310104']), { query: { divisionCode: '310105' } }))).toBe('403 DISTRICT_OUT_OF_SCOPE');
    expect(await refusal(call('list', officer(['310104']), { query: { divisionCode: '310000' } }))).toBe('allowed');
  });
});

describe('RouteDeclarationsCheck', () => {
  const start = async (controllers: unknown[], providers: unknown[] = []) => {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      controllers: controllers as never[],
      providers: [RouteDeclarationsCheck, ...(providers as never[])],
    }).compile();
    await module.init();
    await module.close();
  };

  it('starts when every route declares its permission and district scope, with its record port provided', async () => {
    await expect(start([ThingsController], [{ provide: RECORDS, useValue: records }])).resolves.toBeUndefined();
  });

  it('stops the service naming a route without a district-scope rule, or whose record port is missing', async () => {
    await expect(start([ForgottenController, ThingsController], [{ provide: RECORDS, useValue: records }])).rejects.toThrow(
      /ForgottenController.forgot: no @DistrictScope rule/,
    );
    await expect(start([ThingsController])).rejects.toThrow(/ThingsController.move: RECORDS is not a provider with divisionOf/);
  });
});
