import { DIVISION_CODE_PATTERN, DivisionCode, DomainError } from '@civic/domain-kernel';
import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationProblem } from './problem';

/** Validates a `:code` path parameter as a GB/T 2260 division code; 400 naming the parameter otherwise. */
@Injectable()
export class ParseDivisionCodePipe implements PipeTransform<string, string> {
  /** What the OpenAPI document says the parameter accepts (see withValidationRules). */
  static readonly openApiSchema = { type: 'string', pattern: DIVISION_CODE_PATTERN, example: '310104' };

  transform(value: string): string {
    try {
      return DivisionCode.parse(value, 'code').value;
    } catch (error) {
      if (error instanceof DomainError) throw new ValidationProblem([{ field: 'code', message: error.message, code: error.code }]);
      throw error;
    }
  }
}
