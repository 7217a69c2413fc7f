import { Static, TObject, TProperties, TSchema, TUnion, TNull, Type } from '@sinclair/typebox';

/**
 * Schema parts of the published language, built with TypeBox: each is a plain JSON Schema object
 * (what AsyncAPI shows and the consumers validate with) and carries its TypeScript type, so an
 * event's data type is derived from its schema (`EventData<typeof Contract>`) and cannot drift.
 */
export const divisionCodeSchema = Type.String({ pattern: '^(\\d{6}|\\d{9}|\\d{12})$', description: 'GB/T 2260 division code' });
export const businessDateSchema = Type.String({ format: 'date', description: 'calendar date in Asia/Shanghai' });
export const monthSchema = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'calendar month YYYY-MM' });
export const instantSchema = Type.String({ format: 'date-time', description: 'UTC instant' });
export const uuidSchema = Type.String({ format: 'uuid' });
export const yuanSchema = Type.String({ pattern: '^-?\\d+\\.\\d{2}$', description: 'CNY amount with two decimals' });
export const citizenIdSchema = Type.String({ pattern: '^\\d{17}[\\dX]$', description: '公民身份号码 (personal data)' });
export const countSchema = Type.Integer({ minimum: 0 });

/** One of a fixed list of strings, as `{ type: 'string', enum: [...] }`, typed as their union. */
export function stringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** The value or null (`anyOf`), for facts that may be absent but whose key is always present. */
export function nullable<T extends TSchema>(schema: T): TUnion<[T, TNull]> {
  return Type.Union([schema, Type.Null()]);
}

/**
 * An object schema: properties are required unless wrapped in `Type.Optional`; extra properties are
 * allowed, since a version only ever grows by additive changes.
 */
export function objectSchema<P extends TProperties>(properties: P): TObject<P> {
  return Type.Object(properties, { additionalProperties: true });
}

export { Type };
export type { Static };

/** A monthly payment run's completion (发放): the month, its lines and total, per district. */
export const paymentRunCompletedSchema = objectSchema({
  month: monthSchema,
  lines: countSchema,
  total: yuanSchema,
  byDistrict: Type.Array(objectSchema({ divisionCode: divisionCodeSchema, lines: countSchema, total: yuanSchema })),
  completedAt: instantSchema,
});
