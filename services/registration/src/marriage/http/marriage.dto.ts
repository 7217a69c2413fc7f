import { BusinessDateField, CitizenIdField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MARITAL_STATUS_LABELS, REGISTRY_STATUSES } from '../domain/marriage-rules';

export class PartyRequest {
  @CitizenIdField('citizenId', { example: '110105199001011232' })
  citizenId: string;

  @ApiProperty({ example: '王伟' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;
}

/** A party as answered: the citizen ID masked unless the caller holds registration:personal-data.read. */
export class PartyView {
  @ApiProperty({ example: '110105********1232', description: 'masked unless the caller holds registration:personal-data.read' }) citizenId: string;
  @ApiProperty({ example: '王伟', minLength: 1, maxLength: 50 }) name: string;
}

/** The two parties of a marriage, each required. */
export class MarriagePartiesRequest {
  @ApiProperty({ type: PartyRequest })
  @IsDefined({ message: 'partyA is required' })
  @ValidateNested()
  @Type(() => PartyRequest)
  partyA: PartyRequest;

  @ApiProperty({ type: PartyRequest })
  @IsDefined({ message: 'partyB is required' })
  @ValidateNested()
  @Type(() => PartyRequest)
  partyB: PartyRequest;
}

export class RegisterMarriageRequest extends MarriagePartiesRequest {
  @ApiProperty({ example: '310104', description: 'the registry office (any office serves any resident of the city: 跨区通办)' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;

  @ApiProperty({ description: 'both parties declare they are not lineal relatives or collateral relatives within three generations' })
  @IsBoolean()
  declaredNoProhibitedKinship: boolean;

  @ApiPropertyOptional({
    description:
      "the clerk has checked both parties' signed declarations of having no spouse (申请结婚登记声明书); required when the registry has no marital record of a party (status unknown), recorded with the clerk's name",
  })
  @IsOptional()
  @IsBoolean()
  noSpouseDeclarationsConfirmed?: boolean;

  @ApiProperty({
    description:
      'both parties appeared at the office in person and the clerk checked their identity documents (Civil Code art. 1049: no proxy); recorded with the clerk',
  })
  @IsBoolean()
  partiesAppearedInPerson: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'the appointment this registration was booked under (today, this office, kind marriage): linked to it' })
  @IsOptional()
  @IsUUID()
  appointmentId?: string;
}

export class PriorSourceView {
  @ApiProperty({ example: 'mca-marriage-registry' }) source: string;
  @ApiProperty({ example: 'J310104-2010-000123' }) recordId: string;
}

export class MarriageResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PartyView }) partyA: PartyView;
  @ApiProperty({ type: PartyView }) partyB: PartyView;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty() officeCode: string;
  @ApiProperty({ enum: ['married', 'divorced', 'ended-by-death'], description: 'married 婚姻存续 | divorced 已离婚 | ended-by-death 因死亡终止' })
  status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) endedOn: string | null;
  @ApiProperty({ description: 'certificates issued (结婚证/离婚证), current and voided', type: [Object] }) certificates: object[];
  @ApiPropertyOptional({ type: String, nullable: true, description: "the clerk who confirmed the parties' declarations of having no spouse" })
  declarationsConfirmedBy: string | null;
  @ApiPropertyOptional({ type: PriorSourceView, nullable: true, description: 'where a marriage registered before the platform was imported from' })
  importedFrom: PriorSourceView | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the clerk before whom both parties appeared in person (null for imported records)' })
  inPersonVerifiedBy: string | null;
}

export class ReissueRequest {
  @ApiProperty({ example: '110105199001011232' })
  @IsString()
  holderCitizenId: string;

  @ApiProperty({ example: '证件遗失' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  @ApiProperty({ example: '310104' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;
}

export class ReissueResponse {
  @ApiProperty({ example: 'J310104-2027-000124' }) certificateNo: string;
}

export class MaritalStatusResponse {
  @ApiProperty() citizenId: string;
  @ApiProperty({ enum: REGISTRY_STATUSES, description: `${MARITAL_STATUS_LABELS} | deceased 已死亡` }) status: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) marriageId: string | null;
  @ApiProperty({ format: 'date' }) since: string;
}

export class PriorMarriageRecordRequest extends MarriagePartiesRequest {
  @ApiProperty({ example: 'J310104-2010-000123', maxLength: 64, description: "the record's id in the source: each is imported once" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  sourceRecordId: string;

  @BusinessDateField('registeredOn', { example: '2010-05-20' })
  registeredOn: string;

  @ApiProperty({ example: '310104', description: 'the registration organ (登记机关) code' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;

  @ApiProperty({ enum: ['married', 'divorced', 'ended-by-death'], description: 'married 婚姻存续 | divorced 已离婚 | ended-by-death 因死亡终止' })
  @IsIn(['married', 'divorced', 'ended-by-death'])
  status: 'married' | 'divorced' | 'ended-by-death';

  @BusinessDateField('endedOn', { optional: true, nullable: true, example: '2018-09-01', description: 'when it ended (divorced or ended by death)' })
  endedOn?: string;

  @CitizenIdField('deceasedCitizenId', { optional: true, nullable: true, description: 'for a marriage ended by death: the party who died' })
  deceasedCitizenId?: string;
}

export class PriorMarriageImportRequest {
  @ApiProperty({ example: 'mca-marriage-registry', maxLength: 40, description: 'where the records come from (全国婚姻登记信息系统 export the bureau holds)' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: 'source must be 2-40 lower-case letters, digits and dashes' })
  source: string;

  @ApiProperty({ type: [PriorMarriageRecordRequest], minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PriorMarriageRecordRequest)
  records: PriorMarriageRecordRequest[];
}

export class ImportedMarriage {
  @ApiProperty() sourceRecordId: string;
  @ApiProperty({ format: 'uuid' }) marriageId: string;
}

export class RejectedPriorRecord {
  @ApiProperty({ description: 'position in records' }) index: number;
  @ApiProperty() sourceRecordId: string;
  @ApiProperty({ example: 'PRIOR_MARRIAGE.CONTRADICTED' }) code: string;
  @ApiProperty() reason: string;
}

export class PriorMarriageImportResponse {
  @ApiProperty({ type: [ImportedMarriage] }) imported: ImportedMarriage[];
  @ApiProperty({ type: [String], description: 'records imported before: left as they are' }) alreadyImported: string[];
  @ApiProperty({ type: [RejectedPriorRecord], description: 'records the registry contradicts or that fail their checks: not imported' })
  rejected: RejectedPriorRecord[];
}
