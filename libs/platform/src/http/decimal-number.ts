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
        // Within float noise of a multiple of 10^-places (0.07 may arrive as 0.07000000000000001).
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6,
        defaultMessage: (args) => `${args?.property} must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
}
