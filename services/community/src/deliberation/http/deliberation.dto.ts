import { BusinessDateField, DivisionCodeField, DivisionFilterQuery, KeysetPageOf, KeysetQuery, TextField } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { PARTICIPANT_ROLES } from '../domain/deliberation';

export class ParticipantDto {
  @TextField(50, { example: '张居民' })
  name: string;

  @ApiProperty({ enum: PARTICIPANT_ROLES, example: 'resident-representative' })
  @IsIn(PARTICIPANT_ROLES)
  role: (typeof PARTICIPANT_ROLES)[number];
}

export class RecordDeliberationRequest {
  @DivisionCodeField('committeeCode', { example: '310104003001', description: "the residents' or villagers' committee (12 digits)" })
  committeeCode: string;

  @TextField(200, { example: '加装电梯费用分摊' })
  topic: string;

  @BusinessDateField('heldOn', { description: 'the day it was held (not later than today)', example: '2026-05-20' })
  heldOn: string;

  @ApiProperty({
    type: [ParticipantDto],
    minItems: 1,
    maxItems: 100,
    description: 'at least 3 different people, residents’ representatives among them (else 422 naming the rule)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  participants: ParticipantDto[];

  @TextField(2000, { example: '按楼层系数分摊, 一楼住户不承担' })
  resolution: string;
}

class DeliberationFilter extends DivisionFilterQuery {
  @BusinessDateField('heldFrom', { optional: true, description: 'held on or after' })
  heldFrom?: string;

  @BusinessDateField('heldTo', { optional: true, description: 'held on or before' })
  heldTo?: string;
}

export class DeliberationListQuery extends IntersectionType(KeysetQuery, DeliberationFilter) {}

export class DeliberationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104003001' }) committeeCode: string;
  @ApiProperty() topic: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ type: [ParticipantDto] }) participants: ParticipantDto[];
  @ApiProperty() resolution: string;
}

export class DeliberationPage extends KeysetPageOf(DeliberationResponse) {}
