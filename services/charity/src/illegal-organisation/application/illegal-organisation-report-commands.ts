import { BusinessDate, Clock, notInFuture } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IllegalOrganisationReport, reportNotFound, ReportSource } from '../domain/illegal-organisation-report';
import { ILLEGAL_ORGANISATION_REPORT_REPOSITORY, IllegalOrganisationReportRepository } from '../domain/illegal-organisation-report.repository';

/** 打击整治非法社会组织: reports and their handling, each step in the command's transaction with its history line. */
@Injectable()
export class IllegalOrganisationReportCommands {
  constructor(
    @Inject(ILLEGAL_ORGANISATION_REPORT_REPOSITORY) private readonly reports: IllegalOrganisationReportRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(input: {
    name: string;
    divisionCode: string;
    source: ReportSource;
    description: string;
    reportedOn: string;
  }): Promise<IllegalOrganisationReport> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const report = IllegalOrganisationReport.report({ ...input, id: randomUUID(), reportedOn: this.pastDate(input.reportedOn, 'reportedOn') });
    await this.reports.save(report, null, report.pullSteps(), recordedBy());
    return report;
  }

  investigate(id: string, input: { on: string; note: string }, ifMatch?: number): Promise<IllegalOrganisationReport> {
    return this.act(id, ifMatch, (r) => r.investigate(this.pastDate(input.on, 'on'), input.note));
  }

  ban(id: string, input: { on: string; note: string; decisionNo: string }, ifMatch?: number): Promise<IllegalOrganisationReport> {
    return this.act(id, ifMatch, (r) => r.ban(this.pastDate(input.on, 'on'), input.decisionNo, input.note));
  }

  refer(id: string, input: { on: string; note: string; referredTo: string }, ifMatch?: number): Promise<IllegalOrganisationReport> {
    return this.act(id, ifMatch, (r) => r.refer(this.pastDate(input.on, 'on'), input.referredTo, input.note));
  }

  dismiss(id: string, input: { on: string; note: string }, ifMatch?: number): Promise<IllegalOrganisationReport> {
    return this.act(id, ifMatch, (r) => r.dismiss(this.pastDate(input.on, 'on'), input.note));
  }

  private async act(id: string, ifMatch: number | undefined, act: (r: IllegalOrganisationReport) => void): Promise<IllegalOrganisationReport> {
    const report = await this.reports.find(id, { forUpdate: true });
    if (!report) throw reportNotFound(id);
    if (ifMatch !== undefined && ifMatch !== report.version) throw new StaleVersionError(report.version);
    const expected = report.version;
    act(report);
    await this.reports.save(report, expected, report.pullSteps(), recordedBy());
    return report;
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'ILLEGAL_ORGANISATION');
    return date;
  }
}
