import { ValidateBy, ValidationOptions } from 'class-validator';

/** A string, a finite number or a boolean: a value a rule can compare, never an object or array. */
export function IsScalar(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isScalar',
      validator: {
        validate: (value: unknown) => typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)),
        defaultMessage: (args) => `${args?.property} must hold strings, numbers or booleans`,
      },
    },
    options,
  );
}
