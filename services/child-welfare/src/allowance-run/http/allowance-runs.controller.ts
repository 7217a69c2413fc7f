import { BusinessDate, DomainError, maskCitizenId, Money } from '@civic/domain-kernel';
import {
  BankFileQuery,
  monthLabel,
  mustBeCompleted,
  parsePaymentMonth,
  paymentRunNotFound,
  paymentRunResponse,
  StartPaymentRunRequest,
} from '@civic/payment-run';
import {
  callerMaySeePersonalData,
  Command,
  DistrictScope,
  districtFilter,
  MONTH,
  pageOf,
  PageQuery,
  ProblemDetails,
  recordPersonalDataRead,
  RequirePermission,
  streamedCsv,
} from '@civic/platform';
import { Body, Controller, Get, Inject, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ALLOWANCE_LINE_KIND_LABELS } from '../../allowance/domain/allowance-rules';
import { AllowanceRunCommands } from '../application/allowance-run-commands';
import { ALLOWANCE_RUN_QUERIES, AllowanceLineKey, AllowanceRunQueries, AllowanceRunView } from '../application/allowance-run-queries';
import { AllowanceRunPage, AllowanceRunResponse, AllowancesPaidQuery, AllowancesPaidRowResponse } from './allowance-run.dto';

const EXPORT_PAGE = 5000;
// New columns go at the end: banks' import templates read the earlier ones by position.
const CSV_HEADER = ['month', 'childId', 'divisionCode', 'category', 'amount', 'period', 'kind', 'payeeName', 'payeeCitizenId', 'payeeRelation'];
const MONTH_PARAM = { name: 'month', example: '2026-04', schema: { type: 'string', pattern: MONTH.source } };

/** 基本生活保障金 发放: monthly allowance runs, their progress and totals, the bank file, and what was paid per month. */
@ApiTags('allowance-runs')
@Controller('api/v1')
export class AllowanceRunsController {
  constructor(
    private readonly commands: AllowanceRunCommands,
    @Inject(ALLOWANCE_RUN_QUERIES) private readonly queries: AllowanceRunQueries,
  ) {}

  @Post('allowance-runs')
  @RequirePermission('allowance-run.start')
  @Command({
    action: 'allowance-run.start',
    resourceType: 'allowance-run',
    idempotent: true,
    resourceId: (_p, r) => (r as AllowanceRunResponse | undefined)?.month,
  })
  @ApiOperation({
    summary:
      "Start (or resume) a month's allowance run; it runs in the background, poll GET /allowance-runs/{month}. A completed month is returned unchanged: what changed since is corrected by the next month's run.",
  })
  @ApiAcceptedResponse({ type: AllowanceRunResponse, description: 'started or resumed' })
  @ApiOkResponse({ type: AllowanceRunResponse, description: 'already completed or running: nothing new was created' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the month is not open for running yet (it opens on a set day of the month before)' })
  @DistrictScope.cityLevel()
  async start(@Body() body: StartPaymentRunRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AllowanceRunResponse> {
    const { month } = await this.commands.start(body.month);
    const run = (await this.queries.get(month))!;
    reply.status(run.status === 'completed' ? 200 : 202);
    reply.header('Location', `/api/v1/allowance-runs/${body.month}`);
    return paymentRunResponse(run);
  }

  @Get('allowance-runs')
  @RequirePermission('allowance-run.read')
  @ApiOkResponse({ type: AllowanceRunPage })
  @DistrictScope.cityLevel()
  async list(@Query() query: PageQuery): Promise<AllowanceRunPage> {
    const { items, total } = await this.queries.list(query);
    return pageOf(items.map(paymentRunResponse), total, query);
  }

  @Get('allowance-runs/:month')
  @RequirePermission('allowance-run.read')
  @ApiParam(MONTH_PARAM)
  @ApiOkResponse({ type: AllowanceRunResponse })
  @DistrictScope.cityLevel()
  async get(@Param('month') month: string): Promise<AllowanceRunResponse> {
    return paymentRunResponse(await this.require(parsePaymentMonth(month)));
  }

  @Get('allowance-runs/:month/lines.csv')
  @RequirePermission('allowance-run.export')
  @ApiOperation({
    summary:
      "The bank file (代发清单) of a completed run, streamed: each child's line for the month, then corrections of earlier months (补发, 追回 as negative amounts), each with the month it is for; paid to the child's first current guardian, else to the child",
  })
  @ApiParam(MONTH_PARAM)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `CSV: ${CSV_HEADER.join(',')}; kind is ${ALLOWANCE_LINE_KIND_LABELS}` })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the run has not completed' })
  @DistrictScope.list('divisionCode')
  async export(@Param('month') raw: string, @Query() query: BankFileQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const month = parsePaymentMonth(raw);
    const run = await this.require(month);
    mustBeCompleted(run.status, monthLabel(month));
    const reveal = callerMaySeePersonalData('child-welfare');
    recordPersonalDataRead('allowance bank file');
    const scope = districtFilter('l.district_code', query.divisionCode ? { column: 'l.division_code', prefix: query.divisionCode } : undefined);
    const slice = query.divisionCode ? `-${query.divisionCode}` : '';
    return streamedCsv(
      reply,
      { name: `allowance-lines-${monthLabel(month)}${slice}.csv`, header: CSV_HEADER },
      (after: AllowanceLineKey | null) => this.queries.linesAfter(month.toString(), after, EXPORT_PAGE, scope),
      (l) => [
        monthLabel(month),
        l.childId,
        l.divisionCode,
        l.category,
        Money.ofFen(l.amountFen).toString(),
        l.period.slice(0, 7),
        l.kind,
        l.payeeName,
        l.payeeCitizenId ? (reveal ? l.payeeCitizenId : maskCitizenId(l.payeeCitizenId)) : '',
        l.payeeRelation,
      ],
    );
  }

  @Get('statistics/allowances')
  @RequirePermission('statistics.read')
  @DistrictScope.list('divisionCode')
  @ApiOperation({ summary: 'Allowances paid per run month, district and category: children paid, the month’s own, corrections of earlier months' })
  @ApiOkResponse({ type: [AllowancesPaidRowResponse] })
  async paid(@Query() query: AllowancesPaidQuery): Promise<AllowancesPaidRowResponse[]> {
    const from = query.from ? parsePaymentMonth(query.from, 'from') : null;
    const to = query.to ? parsePaymentMonth(query.to, 'to') : null;
    if (from && to && to.isBefore(from)) throw new DomainError('ALLOWANCE.RANGE_INVALID', 'to must not be before from', 'invalid', 'to');
    const scope = districtFilter('l.district_code', query.divisionCode ? { column: 'l.division_code', prefix: query.divisionCode } : undefined);
    const rows = await this.queries.paidPerMonth(from?.toString() ?? null, to?.toString() ?? null, scope);
    const yuan = (fen: number) => Money.ofFen(fen).toString();
    return rows.map((r) => ({
      month: r.month,
      districtCode: r.districtCode,
      category: r.category,
      children: r.children,
      regular: yuan(r.regularFen),
      corrections: yuan(r.correctionsFen),
      total: yuan(r.totalFen),
    }));
  }

  private async require(month: BusinessDate): Promise<AllowanceRunView> {
    const run = await this.queries.get(month.toString());
    if (!run) throw paymentRunNotFound(monthLabel(month));
    return run;
  }
}
