import { FieldProblem } from './problem';

/**
 * Characters no text field of the platform accepts: C0 controls except tab, line feed and carriage
 * return, DEL and the C1 controls. A NUL cannot even be stored by Postgres; the others corrupt
 * names on certificates and exports. As a JSON Schema pattern, every documented string carries it.
 */
const RANGES = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
export const CONTROL_CHARACTERS = new RegExp(`[${RANGES}]`);
export const NO_CONTROL_CHARACTERS_PATTERN = `^[^${RANGES}]*$`;

/** Every string in `value` (nested objects and arrays included) that holds a control character, by field path. */
export function controlCharacterProblems(value: unknown, path = ''): FieldProblem[] {
  if (typeof value === 'string') {
    return CONTROL_CHARACTERS.test(value) ? [{ field: path || 'value', message: `${path || 'value'} must not contain control characters` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterProblems(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(CONTROL_CHARACTERS.test(key) ? [{ field: path || 'value', message: 'a field name must not contain control characters' }] : []),
      ...controlCharacterProblems(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
