import { CitizenIdField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MARITAL_STATUS_LABELS } from '../domain/marriage-rules';

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

export class RegisterMarriageRequest {
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

  @ApiProperty({ example: '310104', description: 'the registry office (any office serves any resident of the city: 跨区通办)' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;

  @ApiProperty({ description: 'both parties declare they are not lineal relatives or collateral relatives within three generations' })
  @IsBoolean()
  declaredNoProhibitedKinship: boolean;
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
  @ApiProperty({ enum: ['unmarried', 'married', 'divorced', 'widowed', 'deceased'], description: `${MARITAL_STATUS_LABELS} | deceased 已死亡` }) status: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) marriageId: string | null;
  @ApiProperty({ format: 'date' }) since: string;
}
