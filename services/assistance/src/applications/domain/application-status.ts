/**
 * submitted 已受理 -> verifying 经济状况核对 -> community-review 入户调查/民主评议 -> public-notice 公示
 * (7 days) -> awaiting-decision 待审批 -> granted 批准 | rejected 不予批准; withdrawn 撤回 before a decision.
 */
export const APPLICATION_STATUSES = [
  'submitted',
  'verifying',
  'community-review',
  'public-notice',
  'awaiting-decision',
  'granted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const STATUS_LABELS =
  'submitted 已受理 | verifying 经济状况核对 | community-review 入户调查/民主评议 | public-notice 公示 | awaiting-decision 待审批 | granted 批准 | rejected 不予批准 | withdrawn 撤回';

/** Statuses in which the application waits for someone, and so have a time limit. */
export const TIMED_STATUSES = ['submitted', 'verifying', 'community-review', 'public-notice', 'awaiting-decision'] as const;

/** Days a public notice (公示) runs: DOMAIN.md section 1. */
export const PUBLIC_NOTICE_DAYS = 7;
