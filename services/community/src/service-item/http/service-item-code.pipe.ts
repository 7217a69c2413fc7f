import { ValidationProblem } from '@civic/platform';
import { Injectable, PipeTransform } from '@nestjs/common';
import { SERVICE_ITEM_CODE } from '../domain/service-item';

/** Validates a `:code` path parameter as a catalogue item code; 400 naming the parameter otherwise. */
@Injectable()
export class ParseServiceItemCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value === 'string' && SERVICE_ITEM_CODE.test(value)) return value;
    throw new ValidationProblem([{ field: 'code', message: 'code must be an item code: upper-case letters, digits and hyphens, 2-20 long' }]);
  }
}

export const SERVICE_ITEM_CODE_PARAM = { name: 'code', example: 'SQ-0101', schema: { type: 'string', pattern: SERVICE_ITEM_CODE.source, maxLength: 20 } };
