import { ImportJobQueries, ImportJobResponse, importJobResponse, ImportJobView, importNotFound, importReportCsv, visibleTo } from '@civic/bulk-import';
import { Command, DistrictScope, ProblemDetails, requestContext, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PersonImportCommands } from '../application/person-import-commands';
import { PERSON_IMPORT_QUERIES } from '../application/person-import-queries';
import { PERSON_IMPORT_COLUMNS } from '../domain/person-import-rows';

export class PersonImportResponse extends ImportJobResponse {
  @ApiProperty({ description: 'dwellings the import added (rows of a dwelling already on record join it)' }) dwellingsCreated: number;
}

const EXAMPLE = `${PERSON_IMPORT_COLUMNS.join(',')}\n310104003001,天平路100弄5号101室,apartment,310104195001011235,王建国,2010-05-01\n310104003001,天平路100弄5号101室,apartment,310104195203021220,李秀英,2010-05-01\n`;
const SCOPE = "visibleTo: an import is seen within its uploader's districts, and each dwelling must lie in them";

/** 人房数据 批量导入: a committee (or sub-district) loads its register of dwellings and residents from a CSV file. */
@ApiTags('person-imports')
@Controller('api/v1/person-imports')
export class PersonImportsController {
  constructor(
    private readonly commands: PersonImportCommands,
    @Inject(PERSON_IMPORT_QUERIES) private readonly queries: ImportJobQueries,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('person.import')
  @Command({ action: 'person.import', resourceType: 'person-import', idempotent: true, resourceId: (_p, r) => (r as PersonImportResponse | undefined)?.id })
  @ApiOperation({
    summary: 'Upload a CSV of residents (one row per person, each with its dwelling); validated and loaded in the background, poll GET /person-imports/{id}',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE }, description: `columns: ${PERSON_IMPORT_COLUMNS.join(', ')}` })
  @ApiAcceptedResponse({ type: PersonImportResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'a body breaking the document (control characters): nothing stored' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'not valid CSV, a wrong header or no rows: nothing stored' })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'past the row cap (200,000) or 64 MB: refused while reading, nothing stored' })
  @DistrictScope.domainRule(SCOPE)
  async submit(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonImportResponse> {
    const id = await this.commands.submit(body);
    reply.header('Location', `/api/v1/person-imports/${id}`);
    return response((await this.queries.view(id))!);
  }

  @Get(':id')
  @RequirePermission('person.import')
  @ApiOkResponse({ type: PersonImportResponse })
  @DistrictScope.domainRule(SCOPE)
  async get(@Param('id', UUID) id: string): Promise<PersonImportResponse> {
    return response(await this.require(id));
  }

  @Get(':id/report.csv')
  @RequirePermission('person.import')
  @ApiOperation({ summary: 'Per-row report: outcome, the person added, or why the row was refused' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV: rowNumber,dwelling,outcome,personId,errors' })
  @DistrictScope.domainRule(SCOPE)
  async report(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    await this.require(id);
    return importReportCsv(reply, this.queries, id, { file: `person-import-${id}.csv`, group: 'dwelling', result: 'personId' });
  }

  private async require(id: string): Promise<ImportJobView> {
    const job = await this.queries.view(id);
    if (!job || !visibleTo(job.uploader, requestContext.current()?.actor)) throw importNotFound('person import', id);
    return job;
  }
}

function response(j: ImportJobView): PersonImportResponse {
  return { ...importJobResponse(j), dwellingsCreated: j.created };
}
