import { BusinessDate, DomainError, UnifiedSocialCreditCode } from '@civic/domain-kernel';
import { checkRectificationDeadline } from '../../rectification/rectification-rules';

export type AgencyStatus = 'active' | 'suspended' | 'revoked';
export const AGENCY_STATUS_LABELS = 'active 正常 | suspended 暂停业务 | revoked 取缔/注销';
export const ACTION_KINDS = ['inspection', 'rectification-notice', 'joint-enforcement'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_LABELS = 'inspection 检查 | rectification-notice 责令整改 | joint-enforcement 联合执法';

/** An agency is registered under a valid unified social credit code (统一社会信用代码). */
export function validAgencyCode(raw: string): string {
  return UnifiedSocialCreditCode.parse(raw, 'uscc').value;
}

/** Status changes: a revoked agency stays revoked; a change needs a reason. */
export function nextStatus(current: AgencyStatus, next: AgencyStatus, reason: string): AgencyStatus {
  if (current === 'revoked') throw new DomainError('AGENCY.REVOKED', 'the agency has been revoked', 'conflict');
  if (current === next) throw new DomainError('AGENCY.SAME_STATUS', `the agency is already ${next}`, 'conflict', 'status');
  if (!reason.trim()) throw new DomainError('AGENCY.REASON_REQUIRED', 'a status change needs a reason', 'invalid', 'reason');
  return next;
}

/** A rectification notice has a deadline after the day it is given; other actions need none. */
export function checkAction(kind: ActionKind, takenOn: BusinessDate, rectifyBy: BusinessDate | null): void {
  if (kind === 'rectification-notice' && !rectifyBy)
    throw new DomainError('AGENCY.DEADLINE_REQUIRED', 'a rectification notice needs rectifyBy', 'invalid', 'rectifyBy');
  if (rectifyBy) checkRectificationDeadline(takenOn, rectifyBy, 'AGENCY');
}
