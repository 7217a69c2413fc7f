import { BusinessDateField, TextField } from '@civic/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ADOPTING_BODIES } from '../domain/convention';

export class AdoptConventionRequest {
  @TextField(10000, { example: '一、爱护公共环境, 做好垃圾分类。二、邻里互助, 关爱独居老人。' })
  text: string;

  @BusinessDateField('adoptedOn', { description: 'the day the assembly adopted it (not later than today)', example: '2026-03-01' })
  adoptedOn: string;

  @ApiProperty({ enum: ADOPTING_BODIES, description: 'assembly: 居民(村民)会议; representatives-assembly: 居民(村民)代表会议' })
  @IsIn(ADOPTING_BODIES)
  adoptedBy: (typeof ADOPTING_BODIES)[number];
}

export class ConventionVersionResponse {
  @ApiProperty({ example: '310104003001' }) committeeCode: string;
  @ApiProperty({ example: 2, description: 'versions count from 1; the highest is in force' }) number: number;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date' }) adoptedOn: string;
  @ApiProperty({ enum: ADOPTING_BODIES }) adoptedBy: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
