import { DivisionListQuery, DivisionResponse } from '@civic/divisions';
import { BusinessDateField, DATE, DIVISION, PageOf } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export { DivisionListQuery };

export class EstablishDivisionRequest {
  @ApiProperty({ example: '310104003', description: 'GB/T 2260 code; its parent (by code) must exist and be in force' })
  @Matches(DIVISION, { message: 'code must be a 6, 9 or 12 digit division code' })
  code: string;

  @ApiProperty({ example: '天平路街道', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', description: 'defaults to today (Asia/Shanghai)' })
  @IsOptional()
  @Matches(DATE, { message: 'validFrom must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validFrom must be a calendar date' })
  validFrom?: string;
}

export class RenameDivisionRequest {
  @ApiProperty({ example: '天平街道', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: '2026-07-01', format: 'date', description: 'defaults to today' })
  @IsOptional()
  @Matches(DATE, { message: 'effectiveFrom must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a calendar date' })
  effectiveFrom?: string;
}

export class RevokeDivisionRequest {
  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', description: 'last day in force; defaults to today' })
  @IsOptional()
  @Matches(DATE, { message: 'validTo must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validTo must be a calendar date' })
  validTo?: string;

  @ApiProperty({ example: '区划调整 (boundary reorganisation)', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class MergeCommitteesRequest {
  @ApiProperty({ type: [String], example: ['310104003002'], description: 'the committees (of the same sub-district) that join this one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(DIVISION, { each: true, message: 'mergedCodes must be division codes' })
  mergedCodes: string[];

  @BusinessDateField('effectiveFrom', { description: 'the first day they are one committee; the merged ones are revoked the day before' })
  effectiveFrom: string;
}

export class DivisionDetails extends DivisionResponse {
  @ApiProperty({ example: 1, description: 'optimistic-concurrency version; also the ETag' }) version: number;
}

export class DivisionHistoryEntry {
  @ApiProperty() version: number;
  @ApiProperty({
    enum: ['established', 'renamed', 'revoked', 'merged'],
    description: 'established 设立 | renamed 更名 | revoked 撤销 | merged 合并 (committees joined this one)',
  })
  change: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) previousName: string | null;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
}

export class DivisionDetailsPage extends PageOf(DivisionDetails) {}
