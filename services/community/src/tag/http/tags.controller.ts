import { Command, DistrictScope, IfMatch, ProblemDetails, RequirePermission, VersionedCommand, VersionedResource } from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TagCommands } from '../application/tag-commands';
import { TAG_QUERIES, TagQueries, tagView } from '../application/tag-queries';
import { TAG_CODE, tagNotFound } from '../domain/tag';
import { ParseTagCodePipe } from './tag-code.pipe';
import { AdmitTagRequest, ChangeTagRequest, TagHistoryResponse, TagListQuery, TagResponse, WithdrawTagRequest } from './tag.dto';

const CODE_PARAM = { name: 'code', example: 'living-alone-elder', schema: { type: 'string', pattern: TAG_CODE.source, maxLength: 40 } };

/** The tag dictionary (标签字典) of the community cloud: city-wide data, governed by the bureau. */
@ApiTags('tags')
@Controller('api/v1/tags')
export class TagsController {
  constructor(
    private readonly commands: TagCommands,
    @Inject(TAG_QUERIES) private readonly queries: TagQueries,
  ) {}

  @Get()
  @RequirePermission('tag.read')
  @DistrictScope.cityWide('the city’s tag dictionary')
  @ApiOperation({ summary: 'The dictionary: every tag with its meaning, owner and who sets it' })
  @ApiOkResponse({ type: [TagResponse] })
  list(@Query() query: TagListQuery): Promise<TagResponse[]> {
    return this.queries.list(query);
  }

  @Get(':code')
  @RequirePermission('tag.read')
  @DistrictScope.cityWide('the city’s tag dictionary')
  @VersionedResource()
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: TagResponse })
  async get(@Param('code', new ParseTagCodePipe('code')) code: string): Promise<TagResponse> {
    const view = await this.queries.get(code);
    if (!view) throw tagNotFound(code);
    return view;
  }

  @Get(':code/history')
  @RequirePermission('tag.read')
  @DistrictScope.cityWide('the city’s tag dictionary')
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: [TagHistoryResponse] })
  async history(@Param('code', new ParseTagCodePipe('code')) code: string): Promise<TagHistoryResponse[]> {
    if (!(await this.queries.get(code))) throw tagNotFound(code);
    return this.queries.history(code);
  }

  @Post()
  @RequirePermission('tag.govern')
  @DistrictScope.cityLevel()
  @Command({ action: 'tag.admit', resourceType: 'tag', idempotent: true, resourceId: (_p, r) => (r as TagResponse | undefined)?.code })
  @VersionedResource()
  @ApiOperation({ summary: 'Admit (准入) a tag into the dictionary' })
  @ApiCreatedResponse({ type: TagResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the code is taken (withdrawn codes are not reused)' })
  async admit(@Body() body: AdmitTagRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TagResponse> {
    const admitted = await this.commands.admit(body);
    reply.header('Location', `/api/v1/tags/${admitted.code}`);
    return tagView(admitted);
  }

  @Post(':code/change')
  @VersionedCommand({
    permission: 'tag.govern',
    action: 'tag.change',
    resourceType: 'tag',
    summary: 'Change a tag’s name, meaning or who sets it (the code and owner stay)',
    response: TagResponse,
  })
  @DistrictScope.cityLevel()
  @ApiParam(CODE_PARAM)
  async change(
    @Param('code', new ParseTagCodePipe('code')) code: string,
    @Body() body: ChangeTagRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<TagResponse> {
    return tagView(await this.commands.change(code, body, expected));
  }

  @Post(':code/withdrawal')
  @VersionedCommand({
    permission: 'tag.govern',
    action: 'tag.withdraw',
    resourceType: 'tag',
    summary: 'Withdraw (退出) a tag, with a reason: no person is given it from now on',
    response: TagResponse,
  })
  @DistrictScope.cityLevel()
  @ApiParam(CODE_PARAM)
  async withdraw(
    @Param('code', new ParseTagCodePipe('code')) code: string,
    @Body() body: WithdrawTagRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<TagResponse> {
    return tagView(await this.commands.withdraw(code, body, expected));
  }
}
