import { DIVISION, PageOf, PageQuery } from '@civic/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export const DIVISION_LEVELS = ['province', 'prefecture', 'county', 'township', 'committee'] as const;

export class DivisionResponse {
  @ApiProperty({ example: '310104', description: 'GB/T 2260 code (行政区划代码)' }) code: string;
  @ApiProperty({ example: '徐汇区' }) name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, description: 'province 省级 | prefecture 地级 | county 县级/区 | township 街道/镇 | committee 居委会/村委会' })
  level: string;
  @ApiPropertyOptional({ type: String, example: '310000', nullable: true }) parentCode: string | null;
  @ApiProperty({ example: '1984-01-01', format: 'date' }) validFrom: string;
  @ApiPropertyOptional({ type: String, example: null, format: 'date', nullable: true }) validTo: string | null;
  @ApiProperty({ enum: ['active', 'revoked'], description: 'active 有效 | revoked 已撤销' }) status: string;
}

export class DivisionPage extends PageOf(DivisionResponse) {}

export class DivisionListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '310000', description: 'only the divisions directly under this one' })
  @IsOptional()
  @Matches(DIVISION, { message: 'parentCode must be a 6, 9 or 12 digit division code' })
  parentCode?: string;

  @ApiPropertyOptional({ enum: DIVISION_LEVELS })
  @IsOptional()
  @IsIn(DIVISION_LEVELS)
  level?: string;

  @ApiPropertyOptional({ enum: ['active', 'revoked'] })
  @IsOptional()
  @IsIn(['active', 'revoked'])
  status?: string;
}
