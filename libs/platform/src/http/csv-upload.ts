import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ProblemError } from './problem';

/** Limits of one uploaded CSV file, enforced while it is read. */
export interface CsvLimits {
  /** Data rows (the header not counted). */
  maxRows: number;
  maxBytes: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxRows: 200_000, maxBytes: 64 * 1_048_576 };

/**
 * A `text/csv` request body, parsed while it arrived: its header, its rows keyed by column, and
 * what the audit log and the idempotency check keep of it (the file's hash and size, never a copy).
 */
export class CsvUpload {
  constructor(
    readonly header: string[],
    readonly rows: Record<string, string>[],
    readonly sha256: string,
    readonly bytes: number,
  ) {}

  /** The file as the audit log records it. */
  digest(): { sha256: string; bytes: number; rows: number } {
    return { sha256: this.sha256, bytes: this.bytes, rows: this.rows.length };
  }
}

/**
 * Reads a CSV body from its stream, row by row: past `maxRows` rows or `maxBytes` bytes it stops
 * parsing and refuses with 413 at once, so an oversized file is never held in memory whole; the
 * rest of the stream is drained and dropped (the HTTP layer closes the connection after the answer).
 * Malformed CSV is a 422 naming the line: any text without control characters is a body the document
 * allows (400 is for breaking the document), so a file that does not parse is refused by a rule.
 */
export function readCsvUpload(body: Readable, limits: CsvLimits = DEFAULT_CSV_LIMITS): Promise<CsvUpload> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let header: string[] = [];
    const rows: Record<string, string>[] = [];
    let settled = false;
    const parser = parse({
      bom: true,
      skip_empty_lines: true,
      trim: true,
      columns: (names: string[]) => (header = names),
    });
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      // Parse no further; what still arrives is dropped as it comes (never held), until the
      // caller closes the connection once the refusal is answered.
      body.unpipe(parser);
      body.removeListener('data', count);
      body.resume();
      parser.destroy();
      reject(error);
    };
    const tooLarge = (what: string) =>
      new ProblemError(413, 'CSV.TOO_LARGE', 'Payload too large', `the file is over ${what}; split it and send the parts one by one`);
    const count = (chunk: Buffer | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (bytes > limits.maxBytes) return fail(tooLarge(`${limits.maxBytes} bytes`));
      hash.update(chunk);
    };
    body.on('data', count);
    body.on('error', (error) => fail(error));
    parser.on('readable', () => {
      for (let row = parser.read(); row !== null; row = parser.read()) {
        if (settled) return;
        rows.push(row as Record<string, string>);
        if (rows.length > limits.maxRows) return fail(tooLarge(`${limits.maxRows} rows`));
      }
    });
    parser.on('error', (error) => fail(new ProblemError(422, 'CSV.MALFORMED', 'Unprocessable CSV', `the file is not valid CSV: ${error.message}`)));
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(new CsvUpload(header, rows, hash.digest('hex'), bytes));
    });
    body.pipe(parser);
  });
}
