import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationProblem } from './problem';

/** Global validation: unknown fields are refused, types converted, every failing field named. */
export function platformValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith('property ') && message.endsWith('should not exist') ? { field, message: `${field} is not a known field` } : { field, message },
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
