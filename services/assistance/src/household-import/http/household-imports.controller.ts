import { ImportJobQueries, ImportJobResponse, importJobResponse, importNotFound, ImportJobView, importReportCsv, visibleTo } from '@civic/bulk-import';
import { Command, DistrictScope, PageOf, ProblemDetails, requestContext, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiUnprocessableEntityResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImportCommands } from '../application/import-commands';
import { IMPORT_COLUMNS } from '../domain/import-rows';
import { HOUSEHOLD_IMPORT_QUERIES } from '../application/household-import-queries';

export class HouseholdImportResponse extends ImportJobResponse {
  @ApiProperty() householdsCreated: number;
}

export class ImportJobPage extends PageOf(HouseholdImportResponse) {}

const EXAMPLE = `${IMPORT_COLUMNS.join(',')}\nH001,310104003,天平路100弄5号,310104195001011235,王建国,head,800.00,5000.00,\nH001,310104003,天平路100弄5号,310104195203021220,李秀英,spouse,0,0,2\n`;

/** 批量导入: a district moves its existing household records in from a CSV file, one row per member. */
@ApiTags('household-imports')
@Controller('api/v1/household-imports')
export class HouseholdImportsController {
  constructor(
    private readonly commands: ImportCommands,
    @Inject(HOUSEHOLD_IMPORT_QUERIES) private readonly queries: ImportJobQueries,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('household.import')
  @Command({
    action: 'household.import',
    resourceType: 'household-import',
    idempotent: true,
    resourceId: (_p, r) => (r as HouseholdImportResponse | undefined)?.id,
  })
  @ApiOperation({
    summary:
      'Upload a CSV of households (one row per member, grouped by householdRef); validated and imported in the background, poll GET /household-imports/{id}',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE }, description: `columns: ${IMPORT_COLUMNS.join(', ')}` })
  @ApiAcceptedResponse({ type: HouseholdImportResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'a body breaking the document (control characters): nothing stored' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'not valid CSV, a wrong header or no rows: nothing stored' })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'past the row cap (200,000) or 64 MB: refused while reading, nothing stored' })
  @DistrictScope.domainRule("visibleTo: an import is seen within its uploader's districts, and each row must lie in them")
  async submit(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<HouseholdImportResponse> {
    const id = await this.commands.submit(body);
    reply.header('Location', `/api/v1/household-imports/${id}`);
    return response((await this.queries.view(id))!);
  }

  @Get(':id')
  @RequirePermission('household.import')
  @ApiOkResponse({ type: HouseholdImportResponse })
  @DistrictScope.domainRule("visibleTo: an import is seen within its uploader's districts, and each row must lie in them")
  async get(@Param('id', UUID) id: string): Promise<HouseholdImportResponse> {
    return response(await this.require(id));
  }

  @Get(':id/report.csv')
  @RequirePermission('household.import')
  @ApiOperation({ summary: 'Per-row report: outcome, the household created, or why the row was rejected' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV: rowNumber,householdRef,outcome,householdId,errors' })
  @DistrictScope.domainRule("visibleTo: an import is seen within its uploader's districts, and each row must lie in them")
  async report(@Param('id', UUID) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    await this.require(id);
    return importReportCsv(reply, this.queries, id, { file: `household-import-${id}.csv`, group: 'householdRef', result: 'householdId' });
  }

  /** An import is visible to whoever may import, within the uploader's districts. */
  private async require(id: string): Promise<ImportJobView> {
    const job = await this.queries.view(id);
    if (!job || !visibleTo(job.uploader, requestContext.current()?.actor)) throw importNotFound('household import', id);
    return job;
  }
}

function response(j: ImportJobView): HouseholdImportResponse {
  return { ...importJobResponse(j), householdsCreated: j.created };
}
