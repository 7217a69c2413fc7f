import { DivisionCodeField, DivisionFilterQuery, KeysetPageOf, KeysetQuery } from '@civic/platform';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DWELLING_KINDS } from '../domain/dwelling';

export class RegisterDwellingRequest {
  @DivisionCodeField('committeeCode', { example: '310104003001', description: "the residents' or villagers' committee (12 digits)" })
  committeeCode: string;

  @ApiProperty({ example: '天平路 100 弄 5 号 302 室', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ enum: DWELLING_KINDS, example: 'apartment', description: 'apartment 住宅 | house 平房/自建房 | collective 集体户 | other' })
  @IsIn(DWELLING_KINDS)
  kind: string;
}

export class DwellingListQuery extends IntersectionType(KeysetQuery, DivisionFilterQuery) {}

export class DwellingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104003001' }) committeeCode: string;
  @ApiProperty() address: string;
  @ApiProperty({ enum: DWELLING_KINDS }) kind: string;
  @ApiProperty({ description: 'persons living there now' }) residents: number;
  @ApiProperty() version: number;
}

export class DwellingPage extends KeysetPageOf(DwellingResponse) {}
