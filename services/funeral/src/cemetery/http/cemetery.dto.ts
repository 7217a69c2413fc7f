import { CitizenIdField, DATE, DIVISION, IsDecimalNumber, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BURIAL_TYPE_LABELS, BURIAL_TYPES } from '../domain/burial-rules';
import { CEMETERY_KIND_LABELS, CEMETERY_KINDS } from '../domain/cemetery-kind';

const KINDS = [...CEMETERY_KINDS];
const KIND_LABELS = CEMETERY_KIND_LABELS;

export class RegisterCemeteryRequest {
  @ApiProperty({ example: '福寿园' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: KINDS, description: KIND_LABELS })
  @IsIn(KINDS)
  kind: string;

  @ApiProperty({ example: '310118' })
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode: string;
}

export class CemeteryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: KINDS, description: KIND_LABELS }) kind: string;
  @ApiProperty() divisionCode: string;
}

export class CemeteryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;

  @ApiPropertyOptional({ example: '310118', description: 'district' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class CemeteryPage extends PageOf(CemeteryResponse) {}

export class OpenZoneRequest {
  @ApiProperty({ example: 'E2' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'code must be 1-20 of A-Z a-z 0-9 -' })
  code: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2027-03-01',
    nullable: true,
    description:
      'the zone opens the day it is recorded; given, it must be today (a zone that opened earlier is recorded at /existing-zones); null or absent: today',
  })
  @IsOptional()
  @Matches(DATE, { message: 'openedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'openedOn must be a calendar date' })
  openedOn?: string | null;

  @ApiProperty({ enum: BURIAL_TYPES, description: BURIAL_TYPE_LABELS })
  @IsIn(BURIAL_TYPES)
  burialType: string;
}

/** 存量墓区: a zone of an existing cemetery recorded after it opened, with the approval it opened under. */
export class RecordExistingZoneRequest {
  @ApiProperty({ example: 'A1' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'code must be 1-20 of A-Z a-z 0-9 -' })
  code: string;

  @ApiProperty({ format: 'date', example: '2015-05-01', description: 'the day it opened, before today; it decides whether the 0.6 m² limit applies' })
  @Matches(DATE, { message: 'openedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'openedOn must be a calendar date' })
  openedOn: string;

  @ApiProperty({ enum: BURIAL_TYPES, description: BURIAL_TYPE_LABELS })
  @IsIn(BURIAL_TYPES)
  burialType: string;

  @ApiProperty({ example: '沪民殡〔2015〕12号', maxLength: 100, description: 'the approval document the zone opened under (批准文件)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  openingDocument: string;
}

export class ZoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty({ format: 'date' }) openedOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'for a zone recorded after it opened: the approval document' }) openingDocument: string | null;
  @ApiProperty({ enum: BURIAL_TYPES, description: BURIAL_TYPE_LABELS }) burialType: string;
  @ApiPropertyOptional({
    type: String,
    pattern: '^\\d+\\.\\d{2}$',
    nullable: true,
    example: '0.60',
    description: 'plot area limit in m²; none for zones opened before the rule',
  })
  maxPlotAreaM2: string | null;
}

export class PlotInput {
  @ApiProperty({ example: 'E2-0103' })
  @Matches(/^[A-Za-z0-9-]{1,30}$/, { message: 'number must be 1-30 of A-Z a-z 0-9 -' })
  number: string;

  @ApiProperty({ example: 0.6, minimum: 0.01, maximum: 999.99, description: 'm², two decimals' })
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(999.99)
  areaM2: number;

  @ApiPropertyOptional({ description: 'a double grave (双穴) for a couple (合葬); graves only' })
  @IsOptional()
  @IsBoolean()
  double?: boolean;
}

export class AddPlotsRequest {
  @ApiProperty({ type: [PlotInput] })
  @ValidateNested({ each: true })
  @Type(() => PlotInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  plots: PlotInput[];
}

export class AddPlotsResponse {
  @ApiProperty() added: number;
}

export class AssignPlotRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  deathRecordId: string;

  @ApiPropertyOptional({ enum: ['spouse'], description: '合葬: joining the one already in a double grave, as their spouse' })
  @IsOptional()
  @IsIn(['spouse'])
  relationToFirst?: string;
}

export class PlotResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty() zoneCode: string;
  @ApiProperty() number: string;
  @ApiProperty({ example: '0.60' }) areaM2: string;
  @ApiProperty({ enum: ['available', 'assigned'], description: 'available 待售 | assigned 已安葬' }) status: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) deathRecordId: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) assignedOn: string | null;
  @ApiPropertyOptional({
    type: String,
    pattern: '^\\d+\\.\\d{2}$',
    nullable: true,
    example: '3000.00',
    description: '节地生态安葬补贴 for an eco burial (sea, tree, lawn, wall niche)',
  })
  ecoSubsidy: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: '使用期满: when the use term of a grave or niche ends' })
  useTermEndsOn: string | null;
  @ApiProperty({ enum: [1, 2], description: '2 for a double grave (双穴, 合葬)' }) capacity: number;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the spouse buried with the first (合葬)' })
  companionDeathRecordId: string | null;
}

export class ExpiringPlotsQuery extends PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3650, default: 180, description: 'terms ending within this many days (ended ones included)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  withinDays: number = 180;

  @ApiPropertyOptional({ example: '310118' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class ExpiringPlotResponse {
  @ApiProperty({ format: 'uuid' }) plotId: string;
  @ApiProperty({ format: 'uuid' }) cemeteryId: string;
  @ApiProperty() cemeteryName: string;
  @ApiProperty() zoneCode: string;
  @ApiProperty() number: string;
  @ApiProperty({ format: 'uuid' }) deathRecordId: string;
  @ApiProperty({ format: 'date', description: '使用期满: the family is reminded to renew (续期)' }) useTermEndsOn: string;
}

export class ExpiringPlotPage extends PageOf(ExpiringPlotResponse) {}

export class EcoClaimRequest {
  @ApiProperty({ example: '王某', maxLength: 50, description: 'the family member applying (申请人)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  applicantName: string;

  @CitizenIdField('applicantCitizenId')
  applicantCitizenId: string;
}

export class EcoPaymentRequest {
  @ApiProperty({ example: 'BANK-20270310-0001', maxLength: 64, description: "the payment's reference (bank transfer or voucher number)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  paymentReference: string;
}

export class EcoClaimResponse {
  @ApiProperty({ format: 'uuid' }) plotId: string;
  @ApiProperty({ format: 'uuid' }) deathRecordId: string;
  @ApiProperty({ example: '3000.00' }) amount: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ description: 'masked unless the caller holds funeral:personal-data.read' }) applicantCitizenId: string;
  @ApiProperty({ enum: ['applied', 'paid'], description: 'applied 已申请 | paid 已发放' }) status: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) paidOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) paymentReference: string | null;
}

export class EcoClaimPage extends PageOf(EcoClaimResponse) {}

export class EcoClaimListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['applied', 'paid'] })
  @IsOptional()
  @IsIn(['applied', 'paid'])
  status?: string;

  @ApiPropertyOptional({ example: '310118' })
  @IsOptional()
  @Matches(DIVISION, { message: 'divisionCode must be a 6, 9 or 12 digit division code' })
  divisionCode?: string;
}

export class PlotListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  zoneId?: string;

  @ApiPropertyOptional({ enum: ['available', 'assigned'] })
  @IsOptional()
  @IsIn(['available', 'assigned'])
  status?: string;
}

export class PlotPage extends PageOf(PlotResponse) {}
