import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { controlCharacterProblems } from './control-characters';
import { FieldProblem, ValidationProblem } from './problem';

/**
 * Global validation: control characters are refused in every part of the request (body, query,
 * path), unknown fields are refused, types converted, every failing field named.
 */
class PlatformValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = controlCharacterProblems(value, metadata.type === 'param' && metadata.data ? metadata.data : '');
      if (problems.length > 0) throw new ValidationProblem(problems);
    }
    return super.transform(value, metadata);
  }
}

export function platformValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe({
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
