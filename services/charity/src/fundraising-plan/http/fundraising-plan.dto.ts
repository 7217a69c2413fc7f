import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery, TextField, YuanField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class FileFundraisingPlanRequest {
  @ApiProperty({ format: 'uuid', description: 'the charity filing it: registered, holding the public fundraising qualification' })
  @IsUUID()
  organisationId: string;

  @TextField(100, { example: '2027 年冬季助老暖心行动' })
  title: string;

  @TextField(1000, { example: '为本市独居困难老人添置取暖设备' })
  purpose: string;

  @BusinessDateField('startsOn', { description: 'the first day of fundraising: today or later (a plan is filed before it starts)', example: '2027-01-01' })
  startsOn: string;

  @BusinessDateField('endsOn', { description: 'the last day, at most a year after the start', example: '2027-03-31' })
  endsOn: string;

  @YuanField('target', { example: '500000.00', description: 'the amount the plan means to raise (募捐目标)' })
  target: string;
}

class FundraisingPlanFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @BusinessDateField('runningOn', { optional: true, description: 'plans whose period includes this day' })
  runningOn?: string;
}

export class FundraisingPlanListQuery extends IntersectionType(PageQuery, FundraisingPlanFilterQuery) {}

export class FundraisingPlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ example: '310104003', description: "the organisation's domicile" }) divisionCode: string;
  @ApiProperty() title: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ example: '500000.00' }) target: string;
  @ApiProperty({ format: 'date' }) filedOn: string;
  @ApiProperty({ example: '123456.78', description: 'donations received against the plan so far (money and valued goods)' }) raised: string;
  @ApiProperty({ description: 'how many donations' }) donations: number;
  @ApiProperty({ example: 0.25, description: 'raised / target (1 = reached)' }) raisedShare: number;
}

export class FundraisingPlanPage extends PageOf(FundraisingPlanResponse) {}
