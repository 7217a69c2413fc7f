import { Command, DistrictScope, RequirePermission } from '@civic/platform';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AutomaticTagging } from '../application/automatic-tagging';
import { DisabilityLevelsRequest, DisabilityLevelsResponse } from './automatic-tags.dto';

/** The data behind tags other contexts' events set: which care levels make an elder 失能老人. */
@ApiTags('tags')
@Controller('api/v1/tag-policies')
export class AutomaticTagsController {
  constructor(private readonly tagging: AutomaticTagging) {}

  @Get('disability-levels')
  @RequirePermission('tag.read')
  @DistrictScope.cityWide('the city’s tag policy')
  @ApiOperation({ summary: 'The care levels (照护等级) that make an elder 失能老人 when eldercare assesses them' })
  @ApiOkResponse({ type: DisabilityLevelsResponse })
  get(): Promise<DisabilityLevelsResponse> {
    return this.tagging.disabilityLevels();
  }

  @Put('disability-levels')
  @RequirePermission('tag.govern')
  @DistrictScope.cityLevel()
  @Command({ action: 'tag-policy.disability-levels', resourceType: 'tag-policy', resourceId: () => 'disability-levels' })
  @ApiOperation({ summary: 'Set the care levels that make 失能老人 (for the assessments received from now on)' })
  @ApiOkResponse({ type: DisabilityLevelsResponse })
  set(@Body() body: DisabilityLevelsRequest): Promise<DisabilityLevelsResponse> {
    return this.tagging.setDisabilityLevels(body.levels);
  }
}
