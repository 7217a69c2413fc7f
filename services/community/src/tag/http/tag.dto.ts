import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TAG_CODE, TAG_OWNERS, TAG_SETTERS } from '../domain/tag';

const OWNER_DESCRIPTION = 'the context that owns what the tag says: community, or the context whose events set it';
const SET_BY_DESCRIPTION = 'officers: set and removed by hand; events: only by the owning context’s events (低保户 from assistance’s benefits)';

export class AdmitTagRequest {
  @ApiProperty({ example: 'living-alone-elder', pattern: TAG_CODE.source, maxLength: 40, description: 'the code events and other contexts use' })
  @Matches(TAG_CODE, { message: 'code must be lower-case words joined by hyphens (e.g. living-alone-elder)' })
  @MaxLength(40)
  code: string;

  @ApiProperty({ example: '独居老人', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '60 周岁以上独自居住的老年人', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  meaning: string;

  @ApiProperty({ enum: TAG_OWNERS, example: 'community', description: OWNER_DESCRIPTION })
  @IsIn(TAG_OWNERS)
  owner: string;

  @ApiProperty({ enum: TAG_SETTERS, example: 'officers', description: SET_BY_DESCRIPTION })
  @IsIn(TAG_SETTERS)
  setBy: string;
}

export class ChangeTagRequest {
  @ApiPropertyOptional({ example: '独居老人', maxLength: 50 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional({ example: '60 周岁以上独居或仅与残疾子女同住的老年人', maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  meaning?: string;

  @ApiPropertyOptional({ enum: TAG_SETTERS, description: SET_BY_DESCRIPTION })
  @IsOptional()
  @IsIn(TAG_SETTERS)
  setBy?: string;
}

export class WithdrawTagRequest {
  @ApiProperty({ example: '并入高龄独居老人标签', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class TagListQuery {
  @ApiPropertyOptional({ enum: ['admitted', 'withdrawn'] })
  @IsOptional()
  @IsIn(['admitted', 'withdrawn'])
  status?: string;

  @ApiPropertyOptional({ enum: TAG_OWNERS })
  @IsOptional()
  @IsIn(TAG_OWNERS)
  owner?: string;
}

export class TagResponse {
  @ApiProperty({ example: 'living-alone-elder' }) code: string;
  @ApiProperty({ example: '独居老人' }) name: string;
  @ApiProperty() meaning: string;
  @ApiProperty({ enum: TAG_OWNERS, description: OWNER_DESCRIPTION }) owner: string;
  @ApiProperty({ enum: TAG_SETTERS, description: SET_BY_DESCRIPTION }) setBy: string;
  @ApiProperty({ enum: ['admitted', 'withdrawn'], description: 'admitted 准入 | withdrawn 退出' }) status: string;
  @ApiProperty({ type: String, nullable: true }) withdrawnReason: string | null;
  @ApiProperty() version: number;
}

export class TagHistoryResponse {
  @ApiProperty({ enum: ['admitted', 'changed', 'withdrawn'] }) change: string;
  @ApiProperty() name: string;
  @ApiProperty() meaning: string;
  @ApiProperty({ enum: TAG_SETTERS }) setBy: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}
