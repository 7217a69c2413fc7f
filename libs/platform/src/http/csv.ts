import { StreamableFile } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';

/**
 * CSV lines for a spreadsheet-bound export (bank files, import reports). A text cell that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with
 * an apostrophe (OWASP CSV injection); plain numbers, negative amounts included, stay numbers.
 */
export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows.map((row) => row.map(spreadsheetSafe)));
}

export function spreadsheetSafe(cell: unknown): unknown {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}

/**
 * A CSV download streamed in keyset pages (`nextPage` after the last row of the page before, null
 * for the first), so a file of millions of lines holds one page in memory. Everything the pages
 * need from the request (the caller's scope, whether IDs are revealed) must be read before: the
 * file streams after the handler has returned.
 */
export function streamedCsv<Row>(
  reply: FastifyReply,
  file: { name: string; header: readonly string[] },
  nextPage: (after: Row | null) => Promise<Row[]>,
  cells: (row: Row) => readonly unknown[],
): StreamableFile {
  async function* lines() {
    yield csvLines([file.header]);
    let after: Row | null = null;
    for (;;) {
      const rows = await nextPage(after);
      if (rows.length === 0) return;
      after = rows[rows.length - 1];
      yield csvLines(rows.map(cells));
    }
  }
  reply.header('Content-Type', 'text/csv; charset=utf-8');
  reply.header('Content-Disposition', `attachment; filename="${file.name}"`);
  return new StreamableFile(Readable.from(lines()));
}
