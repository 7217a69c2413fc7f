import { BusinessDate, maskBankAccountNumber, maskCitizenId, Money } from '@civic/domain-kernel';
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
import { PaymentRunCommands } from '../application/payment-run-commands';
import { PAYMENT_RUN_QUERIES, PaymentLineKey, PaymentRunQueries, PaymentRunView } from '../application/payment-run-queries';
import { PAYMENT_LINE_KIND_LABELS } from '../domain/earlier-months';
import { PaymentRunPage, PaymentRunResponse } from './payment-run.dto';

const EXPORT_PAGE = 5000;
// New columns go at the end: banks' import templates read the earlier ones by position.
const CSV_HEADER = [
  'month',
  'benefitId',
  'householdId',
  'programme',
  'divisionCode',
  'recipients',
  'amount',
  'payeeName',
  'payeeCitizenId',
  'period',
  'kind',
  'bankName',
  'accountNumber',
];

/** 发放: monthly payment runs, their progress, totals per district and the bank file. */
@ApiTags('payment-runs')
@Controller('api/v1/payment-runs')
export class PaymentRunsController {
  constructor(
    private readonly commands: PaymentRunCommands,
    @Inject(PAYMENT_RUN_QUERIES) private readonly queries: PaymentRunQueries,
  ) {}

  @Post()
  @RequirePermission('payment-run.start')
  @Command({ action: 'payment-run.start', resourceType: 'payment-run', idempotent: true, resourceId: (_p, r) => (r as PaymentRunResponse | undefined)?.month })
  @ApiOperation({
    summary: "Start (or resume) a month's payment run; it runs in the background, poll GET /payment-runs/{month}. A completed month is returned unchanged.",
  })
  @ApiAcceptedResponse({ type: PaymentRunResponse, description: 'started or resumed' })
  @ApiOkResponse({ type: PaymentRunResponse, description: 'already completed or running: nothing new was created' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the month is not open for running yet (it opens on a set day of the month before)' })
  @DistrictScope.cityLevel()
  async start(@Body() body: StartPaymentRunRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PaymentRunResponse> {
    const { month } = await this.commands.start(body.month);
    const run = (await this.queries.get(month))!;
    reply.status(run.status === 'completed' ? 200 : 202);
    reply.header('Location', `/api/v1/payment-runs/${body.month}`);
    return runResponse(run);
  }

  @Get()
  @RequirePermission('payment-run.read')
  @ApiOkResponse({ type: PaymentRunPage })
  @DistrictScope.cityLevel()
  async list(@Query() query: PageQuery): Promise<PaymentRunPage> {
    const { items, total } = await this.queries.list(query);
    return pageOf(items.map(runResponse), total, query);
  }

  @Get(':month')
  @RequirePermission('payment-run.read')
  @ApiParam({ name: 'month', example: '2026-04', schema: { type: 'string', pattern: MONTH.source } })
  @ApiOkResponse({ type: PaymentRunResponse })
  @DistrictScope.cityLevel()
  async get(@Param('month') month: string): Promise<PaymentRunResponse> {
    return runResponse(await this.require(parsePaymentMonth(month)));
  }

  @Get(':month/lines.csv')
  @RequirePermission('payment-run.export')
  @ApiOperation({
    summary:
      "The bank file (代发清单) of a completed run, streamed: each benefit's line for the month, then its corrections of earlier months (补发 arrears, 追回 recoveries as negative amounts) and price-linked subsidies, each with the month it is for",
  })
  @ApiParam({ name: 'month', example: '2026-04', schema: { type: 'string', pattern: MONTH.source } })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `CSV: ${CSV_HEADER.join(',')}; kind is ${PAYMENT_LINE_KIND_LABELS}` })
  @ApiConflictResponse({ type: ProblemDetails, description: 'the run has not completed' })
  @DistrictScope.list('divisionCode')
  async export(@Param('month') raw: string, @Query() query: BankFileQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const month = parsePaymentMonth(raw);
    const run = await this.require(month);
    mustBeCompleted(run.status, monthLabel(month));
    // Read while the request is current: the file streams after the handler has returned.
    const reveal = callerMaySeePersonalData('assistance');
    recordPersonalDataRead('bank file');
    const scope = districtFilter('l.district_code', query.divisionCode ? { column: 'l.division_code', prefix: query.divisionCode } : undefined);
    const slice = query.divisionCode ? `-${query.divisionCode}` : '';
    return streamedCsv(
      reply,
      { name: `payment-lines-${monthLabel(month)}${slice}.csv`, header: CSV_HEADER },
      (after: PaymentLineKey | null) => this.queries.linesAfter(month.toString(), after, EXPORT_PAGE, scope),
      (r) => [
        monthLabel(month),
        r.benefitId,
        r.householdId,
        r.programme,
        r.divisionCode,
        r.recipients,
        Money.ofFen(r.amountFen).toString(),
        r.payeeName ?? '',
        r.payeeCitizenId ? (reveal ? r.payeeCitizenId : maskCitizenId(r.payeeCitizenId)) : '',
        r.period.slice(0, 7),
        r.kind,
        r.bankName ?? '',
        r.accountNumber ? (reveal ? r.accountNumber : maskBankAccountNumber(r.accountNumber)) : '',
      ],
    );
  }

  private async require(month: BusinessDate): Promise<PaymentRunView> {
    const run = await this.queries.get(month.toString());
    if (!run) throw paymentRunNotFound(monthLabel(month));
    return run;
  }
}

function runResponse(r: PaymentRunView): PaymentRunResponse {
  return { ...paymentRunResponse(r), linesWithoutAccount: r.linesWithoutAccount };
}
