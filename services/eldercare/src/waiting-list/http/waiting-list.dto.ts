import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { PROGRAMME_CODES } from '@civic/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRIORITY_CRITERIA } from '../domain/waiting-list-policy';

const STATUSES = ['waiting', 'offered', 'admitted', 'dropped', 'closed'];

export class ApplyRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '李秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @DivisionCodeField('divisionCode')
  divisionCode: string;
}

export class CloseEntryRequest {
  @ApiProperty({ example: '已入住子女所在区养老机构' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AllocateRequest {
  @DivisionCodeField('districtCode', { description: 'the district (or one of its divisions) to allocate in', example: '310104' })
  districtCode: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the vacant basic-guarantee bed to offer; default: the district’s first' })
  @IsOptional()
  @IsUUID()
  bedId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'offer to this waiting elder instead of the first in line (needs skipReason)' })
  @IsOptional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ example: '首位老人住院治疗中, 暂不能入住', description: 'why the elders ahead are passed over; recorded on the offer' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  skipReason?: string;
}

export class AcceptOfferRequest {
  @BusinessDateField('admittedOn')
  admittedOn: string;
}

export class DeclineOfferRequest {
  @ApiProperty({ example: '离家太远' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CategoryRank {
  @ApiProperty({ enum: PROGRAMME_CODES, example: 'tekun', description: 'an assistance programme (tekun 特困, dibao 低保, ...)' })
  @IsIn(PROGRAMME_CODES)
  programme: string;

  @ApiProperty({ example: 1, minimum: 1, maximum: 8, description: 'rank 1 goes first; elders in no ranked programme come after all ranks' })
  @IsInt()
  @Min(1)
  @Max(8)
  rank: number;
}

export class WaitingListPolicyRequest {
  @ApiProperty({
    type: [CategoryRank],
    example: [
      { programme: 'tekun', rank: 1 },
      { programme: 'dibao', rank: 2 },
    ],
    description: 'assistance programmes that put an elder ahead; each programme at most once',
  })
  @IsArray()
  @ArrayMaxSize(PROGRAMME_CODES.length)
  @ValidateNested({ each: true })
  @Type(() => CategoryRank)
  categoryRanks: CategoryRank[];

  @ApiProperty({ enum: PRIORITY_CRITERIA, isArray: true, example: PRIORITY_CRITERIA })
  @IsArray()
  @ArrayMinSize(PRIORITY_CRITERIA.length)
  @ArrayMaxSize(PRIORITY_CRITERIA.length)
  @IsIn(PRIORITY_CRITERIA, { each: true })
  criteria: (typeof PRIORITY_CRITERIA)[number][];

  @ApiProperty({ example: 3, minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  maxDeclines: number;

  @ApiProperty({ example: 7, minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  offerValidDays: number;
}

export class WaitingListPolicyResponse extends WaitingListPolicyRequest {}

class EntryFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class EntryListQuery extends IntersectionType(PageQuery, EntryFilterQuery) {}

export class OfferResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ format: 'date' }) offeredOn: string;
  @ApiProperty({ format: 'date' }) expiresOn: string;
  @ApiProperty({ enum: ['open', 'accepted', 'declined', 'expired', 'withdrawn'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why higher-priority elders were passed over' }) skipReason: string | null;
}

export class WaitingEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() declines: number;
  @ApiProperty({ type: Number, nullable: true, description: '1 = next to be offered a bed in the district; null when not waiting' }) position: number | null;
  @ApiProperty({ description: 'the sortable key the policy gives the elder (category|care level|age|waiting time)' }) priorityKey: string;
  @ApiProperty({ type: String, nullable: true }) closedReason: string | null;
  @ApiProperty({ type: OfferResponse, nullable: true }) openOffer: OfferResponse | null;
  @ApiProperty() version: number;
}

export class WaitingEntryPage extends PageOf(WaitingEntryResponse) {}
