import { progressPercent } from '@civic/domain-kernel';
import { streamedCsv } from '@civic/platform';
import { StreamableFile } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImportJobQueries, ImportJobView, ImportReportLine } from '../application/import-job-queries';

/** An import's progress as every service shows it; a service adds what its groups made (households, dwellings). */
export class ImportJobResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty() progressPercent: number;
  @ApiProperty() totalRows: number;
  @ApiProperty() processedRows: number;
  @ApiProperty() acceptedRows: number;
  @ApiProperty({ description: 'rows refused (each says why in the report)' }) rejectedRows: number;
  @ApiProperty() submittedBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
}

export function importJobResponse(j: ImportJobView): ImportJobResponse {
  return {
    id: j.id,
    status: j.status,
    progressPercent: j.status === 'completed' ? 100 : progressPercent(j.processedRows, j.totalRows),
    totalRows: j.totalRows,
    processedRows: j.processedRows,
    acceptedRows: j.acceptedRows,
    rejectedRows: j.rejectedRows,
    submittedBy: j.uploader.subject,
    createdAt: j.createdAt,
    completedAt: j.completedAt,
  };
}

/** The per-row report as CSV, streamed in keyset pages: row, group, outcome (or pending), the record made, why refused. */
export function importReportCsv(
  reply: FastifyReply,
  queries: ImportJobQueries,
  id: string,
  names: { file: string; group: string; result: string },
): StreamableFile {
  return streamedCsv(
    reply,
    { name: names.file, header: ['rowNumber', names.group, 'outcome', names.result, 'errors'] },
    (after: ImportReportLine | null) => queries.reportAfter(id, after?.rowNumber ?? 0, 5000),
    (l) => [l.rowNumber, l.groupRef, l.outcome ?? 'pending', l.resultId ?? '', (l.errors ?? []).join('; ')],
  );
}
