import { BusinessDateField, CitizenIdField, DivisionFilterQuery, KeysetPageOf, KeysetQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { TAG_CODE } from '../../tag/domain/tag';

const STATUSES = ['resident', 'moved-out', 'deceased'];

export class RegisterPersonRequest {
  @CitizenIdField('citizenId')
  citizenId: string;

  @ApiProperty({ example: '王建国', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ format: 'uuid', description: 'the dwelling the person lives in' })
  @IsUUID('all', { message: 'dwellingId must be a UUID' })
  dwellingId: string;

  @BusinessDateField('movedInOn', { description: 'the day the person moved in (not later than today)' })
  movedInOn: string;
}

export class MoveRequest {
  @ApiProperty({ format: 'uuid', description: 'the dwelling moved into' })
  @IsUUID('all', { message: 'dwellingId must be a UUID' })
  dwellingId: string;

  @BusinessDateField('on', { description: 'the day of the move (not later than today)' })
  on: string;
}

export class MoveOutRequest {
  @BusinessDateField('on', { description: 'the day the person moved out (not later than today)' })
  on: string;

  @ApiProperty({ example: '迁往外省', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason: string;
}

export class TagPersonRequest {
  @ApiProperty({ example: 'living-alone-elder', pattern: TAG_CODE.source, maxLength: 40, description: 'a tag of the dictionary that officers set' })
  @Matches(TAG_CODE, { message: 'tag must be a tag code (e.g. living-alone-elder)' })
  @MaxLength(40)
  tag: string;

  @ApiProperty({ example: '入户走访核实: 独自居住', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class UntagPersonRequest {
  @ApiProperty({ example: '子女已回家同住', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

class PersonFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({
    example: '独居老人',
    maxLength: 50,
    description: 'a tag of the dictionary, by its code (living-alone-elder) or its name (独居老人): its open holders',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: 'resident' | 'moved-out' | 'deceased';
}

export class PersonSearchQuery extends IntersectionType(KeysetQuery, PersonFilter) {}

export class PersonTagResponse {
  @ApiProperty({ example: 'living-alone-elder' }) code: string;
  @ApiProperty() since: string;
}

export class PersonResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********1235', description: 'masked unless the caller holds personal-data.read' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) dwellingId: string | null;
  @ApiProperty({ example: '310104003001', description: 'the committee lived in (or last lived in)' }) committeeCode: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) diedOn: string | null;
  @ApiProperty({ type: [PersonTagResponse], description: 'the tags open now' }) tags: PersonTagResponse[];
  @ApiProperty() version: number;
}

export class PersonPage extends KeysetPageOf(PersonResponse) {}

export class ResidenceResponse {
  @ApiProperty({ format: 'uuid' }) dwellingId: string;
  @ApiProperty() committeeCode: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
}

export class TagRecordResponse {
  @ApiProperty() code: string;
  @ApiProperty() taggedAt: string;
  @ApiProperty() taggedBy: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true }) untaggedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) untaggedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) untagReason: string | null;
}

export class PersonHistoryResponse {
  @ApiProperty({ type: [ResidenceResponse] }) residences: ResidenceResponse[];
  @ApiProperty({ type: [TagRecordResponse] }) tags: TagRecordResponse[];
}
