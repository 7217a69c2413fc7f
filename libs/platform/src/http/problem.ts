import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Base of every problem `type`: one stable URN per error code. */
export const PROBLEM_TYPE_BASE = 'urn:civic:problem:';

export function problemType(code: string): string {
  return `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`;
}

export class FieldProblem {
  @ApiProperty({ example: 'members[0].citizenId' })
  field: string;
  @ApiProperty({ example: 'citizenId has a wrong check character' })
  message: string;
  @ApiPropertyOptional({ example: 'CITIZEN_ID.BAD_CHECK_CHARACTER' })
  code?: string;
}

/** RFC 9457 problem details, as every error response of the platform is shaped. */
export class ProblemDetails {
  @ApiProperty({ example: 'urn:civic:problem:validation' })
  type: string;
  @ApiProperty({ example: 'Request validation failed' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  @ApiPropertyOptional({ example: 'code must be a 6, 9 or 12 digit division code' })
  detail?: string;
  @ApiPropertyOptional({ example: '/api/v1/divisions' })
  instance?: string;
  @ApiPropertyOptional({ example: 'VALIDATION' })
  code?: string;
  @ApiPropertyOptional({ example: '6f1c7a52-3c0b-4ad4-9d07-1f3b2b1c2d3e' })
  requestId?: string;
  @ApiPropertyOptional({ type: [FieldProblem] })
  errors?: FieldProblem[];
}

/** An error the HTTP layer answers with a problem of its own code (idempotency, concurrency...). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: FieldProblem[],
  ) {
    super(detail);
  }
}

/** Request validation failure, with the fields at fault. */
export class ValidationProblem extends ProblemError {
  constructor(errors: FieldProblem[]) {
    super(400, 'VALIDATION', 'Request validation failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
}
