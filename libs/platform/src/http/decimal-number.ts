import { scaledExactly } from '@civic/domain-kernel';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite JSON number with at most `places` decimals, as written (0.6, 12.25). Stands in for
 * class-validator's `IsNumber({ maxDecimalPlaces })`, which throws on numbers it prints in
 * exponent notation (5e-324) and so turned such input into a 500.
 */
export function IsDecimalNumber(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalNumber',
      constraints: [places],
      validator: {
        // The decimal as written (its shortest representation), never arithmetic on the binary value.
        validate: (value: unknown) => typeof value === 'number' && scaledExactly(value, places) !== null,
        defaultMessage: (args) => `${args?.property} must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
}
