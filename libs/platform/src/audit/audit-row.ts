import { BANK_ACCOUNT_FIELDS, maskBankAccountNumber, maskCitizenId } from '@civic/domain-kernel';
import type { Actor } from '../auth/actor';
import type { DeferredWrite } from '../persistence/combined-statement';

/** One row of a service's audit log: who did what to which resource, under which request. */
export interface AuditEntry {
  actor: Actor;
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The originating request: a command's own, or the `ce_requestid` an event carried. */
  requestId: string;
  /** HTTP method, or `EVENT` / `JOB` for work the service does by itself. */
  method: string;
  /** The request path, the topic an event came on, or the job's name. */
  path: string;
  status: number;
  details: unknown;
}

/** The insert of an audit row, deferred with the work it records so both commit or neither. */
export function auditRowWrite(entry: AuditEntry): DeferredWrite {
  return {
    sql: `INSERT INTO audit_log (actor_subject, actor_system, action, resource_type, resource_id, request_id, method, path, status, details)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    params: [
      entry.actor.subject,
      entry.actor.system,
      entry.action,
      entry.resourceType,
      entry.resourceId,
      entry.requestId,
      entry.method,
      entry.path,
      entry.status,
      auditDetailsJson(entry.details),
    ],
  };
}

/** Details as stored: citizen IDs and bank accounts masked, whoever reads the log later. */
export function auditDetailsJson(details: unknown): string {
  const json = JSON.stringify(details, (key, value) =>
    BANK_ACCOUNT_FIELDS.has(key) && typeof value === 'string' ? maskBankAccountNumber(value.replace(/ /g, '')) : value,
  );
  return maskCitizenId(json);
}
