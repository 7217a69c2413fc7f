import { progressPercent } from '@civic/domain-kernel';
import { Command, DistrictScope, PageOf, ProblemDetails, requestContext, RequirePermission, UUID, streamedCsv } from '@civic/platform';
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
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImportCommands } from '../application/import-commands';
import { IMPORT_COLUMNS } from '../domain/import-rows';
import { IMPORT_QUERIES, ImportJobView, ImportQueries, ImportReportLine } from '../application/import-queries';
import { importNotFound, visibleTo } from '../domain/import-job';

export class ImportJobResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty() progressPercent: number;
  @ApiProperty() totalRows: number;
  @ApiProperty() processedRows: number;
  @ApiProperty() acceptedRows: number;
  @ApiProperty({ description: 'rows of rejected households (each row says why in the report)' }) rejectedRows: number;
  @ApiProperty() householdsCreated: number;
  @ApiProperty() submittedBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
}

export class ImportJobPage extends PageOf(ImportJobResponse) {}

const EXAMPLE = `${IMPORT_COLUMNS.join(',')}\nH001,310104003,天平路100弄5号,310104195001011235,王建国,head,800.00,5000.00,\nH001,310104003,天平路100弄5号,310104195203021220,李秀英,spouse,0,0,2\n`;

/** 批量导入: a district moves its existing household records in from a CSV file, one row per member. */
@ApiTags('household-imports')
@Controller('api/v1/household-imports')
export class HouseholdImportsController {
  constructor(
    private readonly commands: ImportCommands,
    @Inject(IMPORT_QUERIES) private readonly queries: ImportQueries,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('household.import')
  @Command({ action: 'household.import', resourceType: 'household-import', idempotent: true, resourceId: (_p, r) => (r as ImportJobResponse | undefined)?.id })
  @ApiOperation({
    summary:
      'Upload a CSV of households (one row per member, grouped by householdRef); validated and imported in the background, poll GET /household-imports/{id}',
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: EXAMPLE }, description: `columns: ${IMPORT_COLUMNS.join(', ')}` })
  @ApiAcceptedResponse({ type: ImportJobResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'a body breaking the document (control characters): nothing stored' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'not valid CSV, a wrong header or no rows: nothing stored' })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'past the row cap (200,000) or 64 MB: refused while reading, nothing stored' })
  @DistrictScope.domainRule("visibleTo: an import is seen within its uploader's districts, and each row must lie in them")
  async submit(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ImportJobResponse> {
    const id = await this.commands.submit(body);
    reply.header('Location', `/api/v1/household-imports/${id}`);
    return response((await this.queries.get(id))!);
  }

  @Get(':id')
  @RequirePermission('household.import')
  @ApiOkResponse({ type: ImportJobResponse })
  @DistrictScope.domainRule("visibleTo: an import is seen within its uploader's districts, and each row must lie in them")
  async get(@Param('id', UUID) id: string): Promise<ImportJobResponse> {
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
    return streamedCsv(
      reply,
      { name: `household-import-${id}.csv`, header: ['rowNumber', 'householdRef', 'outcome', 'householdId', 'errors'] },
      (after: ImportReportLine | null) => this.queries.reportAfter(id, after?.rowNumber ?? 0, 5000),
      (l) => [l.rowNumber, l.householdRef, l.outcome ?? 'pending', l.householdId ?? '', (l.errors ?? []).join('; ')],
    );
  }

  /** An import is visible to whoever may import, within the uploader's districts. */
  private async require(id: string): Promise<ImportJobView> {
    const job = await this.queries.get(id);
    if (!job || !visibleTo(job.uploader, requestContext.current()?.actor)) throw importNotFound(id);
    return job;
  }
}

function response(j: ImportJobView): ImportJobResponse {
  return {
    id: j.id,
    status: j.status,
    progressPercent: j.status === 'completed' ? 100 : progressPercent(j.processedRows, j.totalRows),
    totalRows: j.totalRows,
    processedRows: j.processedRows,
    acceptedRows: j.acceptedRows,
    rejectedRows: j.rejectedRows,
    householdsCreated: j.householdsCreated,
    submittedBy: j.uploader.subject,
    createdAt: j.createdAt,
    completedAt: j.completedAt,
  };
}
