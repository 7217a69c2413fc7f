import {
  citizenIdForCaller,
  Command,
  DistrictScope,
  IfMatch,
  keysetPageOf,
  ProblemDetails,
  RequirePermission,
  UUID,
  VersionedCommand,
  VersionedResource,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DWELLING_QUERIES } from '../../dwelling/application/dwelling-queries';
import { TAG_CODE, tagNotInDictionary } from '../../tag/domain/tag';
import { ParseTagCodePipe } from '../../tag/http/tag-code.pipe';
import { PersonCommands } from '../application/person-commands';
import { PERSON_QUERIES, PersonQueries, PersonView } from '../application/person-queries';
import { Person, personNotFound } from '../domain/person';
import {
  MoveOutRequest,
  MoveRequest,
  PersonHistoryResponse,
  PersonPage,
  PersonResponse,
  PersonSearchQuery,
  RegisterPersonRequest,
  TagPersonRequest,
  UntagPersonRequest,
} from './person.dto';

const TAG_PARAM = { name: 'tag', example: 'living-alone-elder', schema: { type: 'string', pattern: TAG_CODE.source, maxLength: 40 } };

/** 人房数据: persons of the community cloud, their moves and their tags, within the caller's districts. */
@ApiTags('persons')
@Controller('api/v1/persons')
export class PersonsController {
  constructor(
    private readonly commands: PersonCommands,
    @Inject(PERSON_QUERIES) private readonly queries: PersonQueries,
  ) {}

  @Get()
  @RequirePermission('person.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: "Persons under a division, or a tag's holders there (the advisers' search), in keyset pages (pass `next` as `after`)" })
  @ApiOkResponse({ type: PersonPage })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a tag not in the dictionary (tag.not-in-dictionary)' })
  async search(@Query() query: PersonSearchQuery): Promise<PersonPage> {
    const tag = query.tag ? ((await this.queries.tagCode(query.tag)) ?? undefined) : undefined;
    if (query.tag && !tag) throw tagNotInDictionary(query.tag);
    const rows = await this.queries.search({ divisionCode: query.divisionCode, tag, status: query.status }, query);
    const page = keysetPageOf(rows, query);
    return { ...page, items: page.items.map(shown) };
  }

  @Get(':id')
  @RequirePermission('person.read')
  @DistrictScope.record(PERSON_QUERIES)
  @VersionedResource()
  @ApiOkResponse({ type: PersonResponse })
  async get(@Param('id', UUID) id: string): Promise<PersonResponse> {
    return shown(await this.require(id));
  }

  @Get(':id/history')
  @RequirePermission('person.read')
  @DistrictScope.record(PERSON_QUERIES)
  @ApiOperation({ summary: 'The residences and tags of a person, open and closed, oldest first' })
  @ApiOkResponse({ type: PersonHistoryResponse })
  async history(@Param('id', UUID) id: string): Promise<PersonHistoryResponse> {
    await this.require(id);
    return this.queries.history(id);
  }

  @Post()
  @RequirePermission('person.write')
  @DistrictScope.record(DWELLING_QUERIES, 'dwellingId', 'body')
  @Command({ action: 'person.register', resourceType: 'person', idempotent: true, resourceId: (_p, r) => (r as PersonResponse | undefined)?.id })
  @VersionedResource()
  @ApiOperation({ summary: 'Register a person living in a dwelling (迁入登记); one record per citizen ID' })
  @ApiCreatedResponse({ type: PersonResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the citizen ID is registered already' })
  async register(@Body() body: RegisterPersonRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonResponse> {
    const person = await this.commands.register(body);
    reply.header('Location', `/api/v1/persons/${person.id}`);
    return fromAggregate(person);
  }

  @Post(':id/move-in')
  @VersionedCommand({
    permission: 'person.write',
    action: 'person.move-in',
    resourceType: 'person',
    summary: '迁入: a person living nowhere in the city now moves into a dwelling (one dwelling at a time)',
    response: PersonResponse,
  })
  @DistrictScope.record(PERSON_QUERIES)
  @DistrictScope.record(DWELLING_QUERIES, 'dwellingId', 'body')
  async moveIn(@Param('id', UUID) id: string, @Body() body: MoveRequest, @IfMatch() expected: number | undefined): Promise<PersonResponse> {
    return fromAggregate(await this.commands.moveIn(id, body, expected));
  }

  @Post(':id/move')
  @VersionedCommand({
    permission: 'person.write',
    action: 'person.move',
    resourceType: 'person',
    summary: '迁移: from the dwelling lived in to another; the open tags follow to the new committee',
    response: PersonResponse,
  })
  @DistrictScope.record(PERSON_QUERIES)
  @DistrictScope.record(DWELLING_QUERIES, 'dwellingId', 'body')
  async move(@Param('id', UUID) id: string, @Body() body: MoveRequest, @IfMatch() expected: number | undefined): Promise<PersonResponse> {
    return fromAggregate(await this.commands.moveTo(id, body, expected));
  }

  @Post(':id/move-out')
  @VersionedCommand({
    permission: 'person.write',
    action: 'person.move-out',
    resourceType: 'person',
    summary: '迁出: leaves the dwelling and the city’s residents; the record stays',
    response: PersonResponse,
  })
  @DistrictScope.record(PERSON_QUERIES)
  async moveOut(@Param('id', UUID) id: string, @Body() body: MoveOutRequest, @IfMatch() expected: number | undefined): Promise<PersonResponse> {
    return fromAggregate(await this.commands.moveOut(id, body, expected));
  }

  @Post(':id/tags')
  @VersionedCommand({
    permission: 'person.tag',
    action: 'person.tag',
    resourceType: 'person',
    summary: 'Tag a person with a tag officers set (独居老人, 残疾人, 高龄); published as community.person-tag.tagged.v1',
    response: PersonResponse,
  })
  @DistrictScope.record(PERSON_QUERIES)
  async tag(@Param('id', UUID) id: string, @Body() body: TagPersonRequest, @IfMatch() expected: number | undefined): Promise<PersonResponse> {
    return fromAggregate(await this.commands.tag(id, body, expected));
  }

  @Post(':id/tags/:tag/removal')
  @VersionedCommand({
    permission: 'person.tag',
    action: 'person.untag',
    resourceType: 'person',
    summary: "Close a person's tag that officers set, with a reason; published as community.person-tag.untagged.v1",
    response: PersonResponse,
  })
  @DistrictScope.record(PERSON_QUERIES)
  @ApiParam(TAG_PARAM)
  async untag(
    @Param('id', UUID) id: string,
    @Param('tag', new ParseTagCodePipe('tag')) tag: string,
    @Body() body: UntagPersonRequest,
    @IfMatch() expected: number | undefined,
  ): Promise<PersonResponse> {
    return fromAggregate(await this.commands.untag(id, tag, body, expected));
  }

  private async require(id: string): Promise<PersonView> {
    const view = await this.queries.get(id);
    if (!view) throw personNotFound(id);
    return view;
  }
}

/** The citizen ID masked unless the caller holds community:personal-data.read. */
function shown(view: PersonView): PersonResponse {
  return { ...view, citizenId: citizenIdForCaller('community', view.citizenId) };
}

function fromAggregate(person: Person): PersonResponse {
  const s = person.snapshot();
  return shown({
    id: s.id,
    citizenId: s.citizenId.value,
    name: s.name,
    dwellingId: s.dwelling?.dwellingId ?? null,
    committeeCode: s.committeeCode,
    status: s.status,
    diedOn: s.diedOn?.toString() ?? null,
    tags: s.tags.map((t) => ({ code: t.code, since: t.since.toISOString() })),
    version: s.version,
  });
}
