import { JsonSchema } from './event-contract';

/** Schema fragments shared by several contracts. */
export const divisionCodeSchema: JsonSchema = { type: 'string', pattern: '^(\\d{6}|\\d{9}|\\d{12})$', description: 'GB/T 2260 division code' };
export const businessDateSchema: JsonSchema = { type: 'string', format: 'date', description: 'calendar date in Asia/Shanghai' };
export const monthSchema: JsonSchema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'calendar month YYYY-MM' };
export const instantSchema: JsonSchema = { type: 'string', format: 'date-time', description: 'UTC instant' };
export const uuidSchema: JsonSchema = { type: 'string', format: 'uuid' };
export const yuanSchema: JsonSchema = { type: 'string', pattern: '^-?\\d+\\.\\d{2}$', description: 'CNY amount with two decimals' };
export const citizenIdSchema: JsonSchema = { type: 'string', pattern: '^\\d{17}[\\dX]$', description: '公民身份号码 (personal data)' };

/** An object schema whose listed properties are all required; extra properties are allowed (additive changes). */
export function objectSchema(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return { type: 'object', additionalProperties: true, required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}
