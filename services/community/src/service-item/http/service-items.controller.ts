import { Command, DistrictScope, IfMatch, ProblemDetails, RequirePermission, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ServiceItemCommands } from '../application/service-item-commands';
import { SERVICE_ITEM_QUERIES, ServiceItemQueries, ServiceItemView, serviceItemView } from '../application/service-item-queries';
import { serviceItemNotFound } from '../domain/service-item';
import {
  AdmitForCommitteesRequest,
  AdmitServiceItemRequest,
  PushDownRequest,
  PushDownResponse,
  ServiceItemHistoryResponse,
  ServiceItemListQuery,
  ServiceItemResponse,
  ServiceItemTermsRequest,
  WithdrawServiceItemRequest,
} from './service-item.dto';
import { ParseServiceItemCodePipe, SERVICE_ITEM_CODE_PARAM } from './service-item-code.pipe';

const CATALOGUE = 'the city’s catalogue of community affairs items';

/** 社区事务受理事项: the city's catalogue (准入, 变更, 退出) and the push-downs to committees it allows (居村减负). */
@ApiTags('service-items')
@Controller('api/v1/service-items')
export class ServiceItemsController {
  constructor(
    private readonly commands: ServiceItemCommands,
    @Inject(SERVICE_ITEM_QUERIES) private readonly queries: ServiceItemQueries,
  ) {}

  @Get()
  @RequirePermission('service-item.read')
  @DistrictScope.cityWide(CATALOGUE)
  @ApiOperation({ summary: 'The catalogue, by code; filter by status or department' })
  @ApiOkResponse({ type: [ServiceItemResponse] })
  list(@Query() query: ServiceItemListQuery): Promise<ServiceItemResponse[]> {
    return this.queries.list(query);
  }

  @Get(':code')
  @RequirePermission('service-item.read')
  @DistrictScope.cityWide(CATALOGUE)
  @VersionedResource()
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  @ApiOkResponse({ type: ServiceItemResponse })
  get(@Param('code', ParseServiceItemCodePipe) code: string): Promise<ServiceItemResponse> {
    return this.require(code);
  }

  @Get(':code/history')
  @RequirePermission('service-item.read')
  @DistrictScope.cityWide(CATALOGUE)
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  @ApiOkResponse({ type: [ServiceItemHistoryResponse] })
  async history(@Param('code', ParseServiceItemCodePipe) code: string): Promise<ServiceItemHistoryResponse[]> {
    await this.require(code);
    return this.queries.history(code);
  }

  @Get(':code/push-downs')
  @RequirePermission('service-item.read')
  @DistrictScope.cityWide(CATALOGUE)
  @ApiOperation({ summary: 'Where committees take the item on (下沉), and when that ended' })
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  @ApiOkResponse({ type: [PushDownResponse] })
  async pushDowns(@Param('code', ParseServiceItemCodePipe) code: string): Promise<PushDownResponse[]> {
    await this.require(code);
    return this.queries.pushDowns(code);
  }

  @Post()
  @RequirePermission('service-item.govern')
  @DistrictScope.cityLevel()
  @Command({
    action: 'service-item.admit',
    resourceType: 'service-item',
    idempotent: true,
    resourceId: (_p, r) => (r as ServiceItemResponse | undefined)?.code,
  })
  @VersionedResource()
  @ApiOperation({ summary: 'Admit (准入) an item into the catalogue by a decision; published' })
  @ApiCreatedResponse({ type: ServiceItemResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the code is taken (withdrawn codes are not reused)' })
  async admit(@Body() body: AdmitServiceItemRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ServiceItemResponse> {
    const item = await this.commands.admit(body);
    reply.header('Location', `/api/v1/service-items/${item.code}`);
    return serviceItemView(item);
  }

  @Post(':code/change')
  @VersionedCommand({
    permission: 'service-item.govern',
    action: 'service-item.change',
    resourceType: 'service-item',
    summary: 'Change (变更) the item’s terms: name, legal basis, department, time limit, materials',
    response: ServiceItemResponse,
  })
  @DistrictScope.cityLevel()
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  async change(
    @Param('code', ParseServiceItemCodePipe) code: string,
    @Body() body: ServiceItemTermsRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ServiceItemResponse> {
    return serviceItemView(await this.commands.change(code, body, expected));
  }

  @Post(':code/committee-admission')
  @VersionedCommand({
    permission: 'service-item.govern',
    action: 'service-item.admit-for-committees',
    resourceType: 'service-item',
    summary: 'Record the decision admitting the item for committee work (居村协助事项准入), once',
    response: ServiceItemResponse,
  })
  @DistrictScope.cityLevel()
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  async admitForCommittees(
    @Param('code', ParseServiceItemCodePipe) code: string,
    @Body() body: AdmitForCommitteesRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ServiceItemResponse> {
    return serviceItemView(await this.commands.admitForCommittees(code, body, expected));
  }

  @Post(':code/push-downs')
  @VersionedCommand({
    permission: 'service-item.govern',
    action: 'service-item.push-down',
    resourceType: 'service-item',
    summary: 'Push the item down to the committees of a division (下沉); refused (422) without the committee admission',
    response: ServiceItemResponse,
  })
  @DistrictScope.division('divisionCode')
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  async pushDown(
    @Param('code', ParseServiceItemCodePipe) code: string,
    @Body() body: PushDownRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ServiceItemResponse> {
    return serviceItemView(await this.commands.pushDown(code, body, expected));
  }

  @Post(':code/withdrawal')
  @VersionedCommand({
    permission: 'service-item.govern',
    action: 'service-item.withdraw',
    resourceType: 'service-item',
    summary: 'Withdraw (退出) the item for good, with a reason; its push-downs end; published',
    response: ServiceItemResponse,
  })
  @DistrictScope.cityLevel()
  @ApiParam(SERVICE_ITEM_CODE_PARAM)
  async withdraw(
    @Param('code', ParseServiceItemCodePipe) code: string,
    @Body() body: WithdrawServiceItemRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<ServiceItemResponse> {
    return serviceItemView(await this.commands.withdraw(code, body, expected));
  }

  private async require(code: string): Promise<ServiceItemView> {
    const view = await this.queries.get(code);
    if (!view) throw serviceItemNotFound(code);
    return view;
  }
}
