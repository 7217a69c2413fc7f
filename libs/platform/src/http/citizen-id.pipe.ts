import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationProblem } from './problem';
import { CITIZEN_ID, CITIZEN_ID_MESSAGE } from './request-parts';

/**
 * A `:citizenId` path parameter by the same rule as body and query fields (CitizenIdField): 17
 * digits and a check character, nothing around them; 400 otherwise. The check digit is the
 * domain's to verify (422), as everywhere else.
 */
@Injectable()
export class ParseCitizenIdPipe implements PipeTransform<string, string> {
  /** What the OpenAPI document says the parameter accepts (see withValidationRules). */
  static readonly openApiSchema = { type: 'string', pattern: CITIZEN_ID.source, example: '310104198001011239' };

  transform(value: string): string {
    if (!CITIZEN_ID.test(value)) throw new ValidationProblem([{ field: 'citizenId', message: CITIZEN_ID_MESSAGE('citizenId') }]);
    return value;
  }
}
