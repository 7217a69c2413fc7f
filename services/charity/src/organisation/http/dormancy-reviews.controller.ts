import { DistrictScope, RequirePermission } from '@civic/platform';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DormancyReview } from '../application/dormancy-review';
import { DormancyReviewResponse } from './organisation.dto';

/** The dormancy review (清理僵尸型社会组织) runs daily by itself; an operator can run it now. Each flag is audited as the job's. */
@ApiTags('organisations')
@Controller('api/v1/dormancy-reviews')
export class DormancyReviewsController {
  constructor(private readonly review: DormancyReview) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('organisation.govern')
  @DistrictScope.cityLevel()
  @ApiOperation({ summary: 'Run the dormancy review now (it is idempotent: what is flagged is not flagged again)' })
  @ApiOkResponse({ type: DormancyReviewResponse })
  run(): Promise<DormancyReviewResponse> {
    return this.review.review();
  }
}
