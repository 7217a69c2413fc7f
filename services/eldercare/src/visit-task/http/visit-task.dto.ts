import { BusinessDateField, DivisionFilterQuery, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CloseVisitRequest {
  @BusinessDateField('visitedOn')
  visitedOn: string;

  @ApiProperty({ example: '老人身体尚好, 已登记老年助餐' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  outcome: string;
}

class VisitFilter extends DivisionFilterQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;
}

export class VisitListQuery extends IntersectionType(PageQuery, VisitFilter) {}

export class VisitTaskResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '310104********123X' }) citizenId: string;
  @ApiProperty() name: string;
  @ApiProperty() divisionCode: string;
  @ApiProperty({ example: 'living-alone-elder' }) reason: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) visitedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) closedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export class VisitTaskPage extends PageOf(VisitTaskResponse) {}
