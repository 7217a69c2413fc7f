import { BusinessDateField, CitizenIdField, DivisionCodeField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { BED_KINDS, DISCHARGE_REASONS } from '../domain/bed-rules';

const BED_KIND_DOC =
  '普通 general, 认知障碍 cognitive-impairment, 保基本 basic-guarantee (from the waiting list only), 家庭照护 family-care (at the elder’s home)';

export class AddBedRequest {
  @ApiProperty({ example: '3F-301-1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  code: string;

  @ApiProperty({ enum: BED_KINDS, example: 'basic-guarantee', description: BED_KIND_DOC })
  @IsIn(BED_KINDS)
  kind: string;

  @ApiPropertyOptional({ example: '天平路200弄3号501室', description: 'family care beds only: the home the bed is set up in' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  homeAddress?: string;

  @DivisionCodeField('homeDivisionCode', { optional: true })
  homeDivisionCode?: string;
}

export class WithdrawBedRequest {
  @ApiProperty({ example: '房间改作活动室' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AdmitRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @BusinessDateField('admittedOn')
  admittedOn: string;
}

export class DischargeRequest {
  @BusinessDateField('dischargedOn')
  dischargedOn: string;

  @ApiProperty({ enum: DISCHARGE_REASONS.filter((r) => r !== 'transferred'), example: 'left', description: 'a transfer goes through /transfer' })
  @IsIn(DISCHARGE_REASONS.filter((r) => r !== 'transferred'))
  reason: string;
}

export class TransferRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toBedId: string;

  @BusinessDateField('transferredOn')
  transferredOn: string;
}

class BedFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: BED_KINDS })
  @IsOptional()
  @IsIn(BED_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: in service and without a resident' })
  @IsOptional()
  @IsIn(['true', 'false'])
  vacant?: string;
}

export class BedListQuery extends IntersectionType(PageQuery, BedFilterQuery) {}

class ResidencyFilterQuery extends DivisionFilterQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: still in their bed' })
  @IsOptional()
  @IsIn(['true', 'false'])
  current?: string;

  @CitizenIdField('citizenId', { optional: true })
  citizenId?: string;
}

export class ResidencyListQuery extends IntersectionType(PageQuery, ResidencyFilterQuery) {}

export class OccupantResponse {
  @ApiProperty({ format: 'uuid' }) residencyId: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) admittedOn: string;
}

export class BedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: BED_KINDS }) kind: string;
  @ApiProperty({ type: String, nullable: true }) homeAddress: string | null;
  @ApiProperty({ enum: ['in-service', 'withdrawn'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) withdrawnReason: string | null;
  @ApiProperty({ type: OccupantResponse, nullable: true }) occupant: OccupantResponse | null;
  @ApiProperty() version: number;
}

export class BedPage extends PageOf(BedResponse) {}

export class ResidencyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ enum: BED_KINDS }) bedKind: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) admittedOn: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the waiting-list offer the admission came from' }) offerId: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dischargedOn: string | null;
  @ApiProperty({ type: String, nullable: true, enum: DISCHARGE_REASONS }) dischargeReason: string | null;
  @ApiProperty() version: number;
}

export class ResidencyPage extends PageOf(ResidencyResponse) {}
