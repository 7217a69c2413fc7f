import { DomainError } from '@civic/domain-kernel';

/**
 * Checks an uploaded file's shape before anything is stored: exactly the import's columns in the
 * header, at least one row and at most `maxRows`. Its rows then have every column.
 */
export function checkImportShape<C extends string>(
  columns: readonly C[],
  header: string[],
  rows: Record<string, string>[],
  maxRows: number,
): Record<C, string>[] {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length)
    throw new DomainError('IMPORT.HEADER_INVALID', `the header lacks ${missing.join(', ')}; expected ${columns.join(',')}`, 'invalid', 'header');
  const unknown = header.filter((c) => !(columns as readonly string[]).includes(c));
  if (unknown.length) throw new DomainError('IMPORT.HEADER_INVALID', `unknown columns: ${unknown.join(', ')}`, 'invalid', 'header');
  if (rows.length === 0) throw new DomainError('IMPORT.EMPTY', 'the file has no rows', 'invalid', 'body');
  if (rows.length > maxRows) throw new DomainError('IMPORT.TOO_LARGE', `at most ${maxRows} rows per file`, 'invalid', 'body');
  return rows as Record<C, string>[];
}
