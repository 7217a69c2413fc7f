import { Command, DistrictScope, ProblemDetails, RequirePermission, UUID } from '@civic/platform';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CHILD_QUERIES } from '../../child/application/child-queries';
import { AllowanceCommands } from '../application/allowance-commands';
import { AllowanceStandard } from '../domain/allowance-rules';
import { AllowanceDueQuery, AllowanceDueResponse, AllowanceStandardRequest, AllowanceStandardResponse } from './allowance.dto';

/** 基本生活保障金 of orphans and de-facto unattended children: the standards, and a child's amount for a month. */
@ApiTags('allowances')
@Controller('api/v1')
export class AllowancesController {
  constructor(private readonly allowances: AllowanceCommands) {}

  @Get('allowance-standards')
  @RequirePermission('child.read')
  @DistrictScope.cityWide('the city’s allowance standards')
  @ApiOperation({ summary: 'The monthly standards per category, each from the first of a month' })
  @ApiOkResponse({ type: [AllowanceStandardResponse] })
  async standards(): Promise<AllowanceStandardResponse[]> {
    return (await this.allowances.standards()).map(shown);
  }

  @Post('allowance-standards')
  @RequirePermission('allowance.policy')
  @DistrictScope.cityLevel()
  @Command({
    action: 'allowance-standard.add',
    resourceType: 'allowance-standard',
    resourceId: (_p, r) => (r as AllowanceStandardResponse | undefined)?.effectiveFrom,
  })
  @ApiOperation({ summary: 'A new standard of a category from the first of a month' })
  @ApiCreatedResponse({ type: AllowanceStandardResponse })
  async addStandard(@Body() body: AllowanceStandardRequest): Promise<AllowanceStandardResponse> {
    return shown(await this.allowances.addStandard(body));
  }

  @Get('children/:id/allowance')
  @RequirePermission('child.read')
  @DistrictScope.record(CHILD_QUERIES)
  @ApiOperation({ summary: 'What the child is due for a month under the standards (the month of the 18th birthday, adoption or death is the last)' })
  @ApiOkResponse({ type: AllowanceDueResponse })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'a month after the 18th birthday’s (allowance.child-adult)' })
  async due(@Param('id', UUID) id: string, @Query() query: AllowanceDueQuery): Promise<AllowanceDueResponse> {
    const { category, amount } = await this.allowances.dueFor(id, query.month);
    return { childId: id, month: query.month, category, amount: amount.toString() };
  }
}

function shown(s: AllowanceStandard): AllowanceStandardResponse {
  return { category: s.category, monthlyAmount: s.monthlyAmount.toString(), effectiveFrom: s.effectiveFrom.toString() };
}
