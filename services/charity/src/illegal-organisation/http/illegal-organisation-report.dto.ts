import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery, TextField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REPORT_SOURCES } from '../domain/illegal-organisation-report';

const STATUSES = ['reported', 'investigating', 'banned', 'referred', 'dismissed'];

export class ReportIllegalOrganisationRequest {
  @TextField(100, { example: '中华某某文化促进总会', description: 'the name it acts under' })
  name: string;

  @DivisionCodeField('divisionCode', { description: 'where it acts' })
  divisionCode: string;

  @ApiProperty({ enum: REPORT_SOURCES, description: 'public-report 群众举报 | inspection 执法检查 | referral 部门移送' })
  @IsIn(REPORT_SOURCES)
  source: (typeof REPORT_SOURCES)[number];

  @TextField(2000, { example: '未经登记, 以社会组织名义开展评比表彰并收取费用' })
  description: string;

  @BusinessDateField('reportedOn', { example: '2026-10-01' })
  reportedOn: string;
}

export class HandlingStepRequest {
  @BusinessDateField('on', { description: 'the day of the step (not later than today)', example: '2026-10-05' })
  on: string;

  @TextField(1000, { example: '立案调查' })
  note: string;
}

export class BanRequest extends HandlingStepRequest {
  @TextField(50, { example: '沪民社取字〔2026〕3号', description: '取缔决定书 number' })
  decisionNo: string;
}

export class ReferralRequest extends HandlingStepRequest {
  @TextField(100, { example: '市公安局', description: 'the authority it is handed to' })
  referredTo: string;
}

class ReportFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;
}

export class ReportListQuery extends IntersectionType(PageQuery, ReportFilterQuery) {}

export class IllegalOrganisationReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ enum: REPORT_SOURCES }) source: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) reportedOn: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) decisionNo: string | null;
  @ApiProperty({ type: String, nullable: true }) referredTo: string | null;
  @ApiProperty() version: number;
}

export class IllegalOrganisationReportPage extends PageOf(IllegalOrganisationReportResponse) {}

export class HandlingStepResponse {
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty() note: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
