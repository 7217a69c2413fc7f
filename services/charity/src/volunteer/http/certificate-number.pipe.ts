import { ValidationProblem } from '@civic/platform';
import { Injectable, PipeTransform } from '@nestjs/common';

/** The shape of an issued certificate number (see VolunteerCommands.certify). */
export const CERTIFICATE_NUMBER = /^ZYFW-\d{8}-[2-9A-HJ-NP-Z]{10}$/;

/** Validates a `:number` path parameter as a certificate number; 400 naming the parameter otherwise. */
@Injectable()
export class ParseCertificateNumberPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value === 'string' && CERTIFICATE_NUMBER.test(value)) return value;
    throw new ValidationProblem([{ field: 'number', message: 'number must be a certificate number as ZYFW-yyyymmdd-XXXXXXXXXX' }]);
  }
}

export const CERTIFICATE_NUMBER_PARAM = { name: 'number', example: 'ZYFW-20261130-7K3M9QX2AB', schema: { type: 'string', pattern: CERTIFICATE_NUMBER.source } };
