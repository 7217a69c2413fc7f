import { CitizenIdField } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsUUID, Matches } from 'class-validator';
import { DIVORCE_STATUS_LABELS } from '../domain/divorce-application';

export class DivorceApplicationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  marriageId: string;

  @ApiProperty({
    description: 'both parties appeared at the office together, in person, and the clerk checked their identity documents (Civil Code art. 1076)',
  })
  @IsBoolean()
  partiesAppearedInPerson: boolean;
}

export class PartyActionRequest {
  @CitizenIdField('citizenId', { example: '110105199001011232', description: 'the party acting (in person)' })
  citizenId: string;
}

export class CertificateRequest extends PartyActionRequest {
  @ApiProperty({ example: '310104' })
  @Matches(/^\d{6}$/, { message: 'officeCode must be a 6-digit district code' })
  officeCode: string;

  @ApiProperty({ description: 'the party came to collect the certificate in person (婚姻登记条例 art. 10); the clerk checked their identity document' })
  @IsBoolean()
  appearedInPerson: boolean;
}

export class DivorceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) marriageId: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ format: 'date', description: 'last day either party may withdraw' }) coolingOffEnds: string;
  @ApiProperty({ format: 'date', description: 'last day to ask for the certificate together' }) certificateDeadline: string;
  @ApiProperty({ enum: ['cooling-off', 'divorced', 'withdrawn', 'lapsed', 'ended-by-death'], description: DIVORCE_STATUS_LABELS }) status: string;
  @ApiProperty({ description: 'how many of the two parties have asked for the certificate' }) certificateRequests: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'when it was divorced, withdrawn, lapsed or ended by a death (the date of death)' })
  closedOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'the clerk before whom both parties appeared to apply' }) inPersonVerifiedBy: string | null;
  @ApiPropertyOptional({ type: [String], description: 'divorce certificates issued, when divorced' }) certificates?: string[];
  @ApiProperty() version: number;
}

export class LapseRunResponse {
  @ApiProperty({ description: 'applications that lapsed in this run (0 when run again)' }) lapsed: number;
}
