import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';

export class DisabilityLevelsRequest {
  @ApiProperty({ type: [Number], example: [2, 3, 4, 5, 6], description: 'the care levels (照护等级 1-6) that make an elder 失能老人' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(6, { each: true })
  levels: number[];
}

export class DisabilityLevelsResponse {
  @ApiProperty({ type: [Number], example: [2, 3, 4, 5, 6] }) levels: number[];
  @ApiProperty() version: number;
}
