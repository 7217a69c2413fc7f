import { ValidationProblem } from '@civic/platform';
import { Injectable, PipeTransform } from '@nestjs/common';
import { TAG_CODE } from '../domain/tag';

/** Validates a `:code` (or `:tag`) path parameter as a tag code; 400 naming the parameter otherwise. */
@Injectable()
export class ParseTagCodePipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'code') {}

  transform(value: string): string {
    if (typeof value === 'string' && value.length <= 40 && TAG_CODE.test(value)) return value;
    throw new ValidationProblem([
      { field: this.field, message: `${this.field} must be a tag code: lower-case words joined by hyphens, at most 40 characters` },
    ]);
  }
}
