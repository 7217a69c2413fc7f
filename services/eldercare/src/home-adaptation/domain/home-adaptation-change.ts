/** What happened to a home adaptation, in its steps 申请 -> 评估 -> 施工 -> 验收 (or closed on the way). */
export type HomeAdaptationChange =
  { kind: 'applied' } | { kind: 'assessed' } | { kind: 'works-started' } | { kind: 'accepted' } | { kind: 'closed'; reason: string };
