import { DomainError } from '@civic/domain-kernel';

/** 公示异议 raised during the public notice, or 复核 (appeal) asked for after a decision. */
export interface Objection {
  id: string;
  applicationId: string;
  kind: 'objection' | 'appeal';
  status: 'open' | 'upheld' | 'dismissed';
  raisedBy: string;
  grounds: string;
  resolution: string | null;
}

/** Resolving is done once, with a reason. */
export function resolveObjection(objection: Objection, upheld: boolean, resolution: string): Objection {
  if (objection.status !== 'open')
    throw new DomainError('OBJECTION.ALREADY_RESOLVED', `this ${objection.kind} was already resolved (${objection.status})`, 'conflict');
  if (!resolution.trim()) throw new DomainError('OBJECTION.RESOLUTION_REQUIRED', 'a resolution needs its reason', 'invalid', 'resolution');
  return { ...objection, status: upheld ? 'upheld' : 'dismissed', resolution: resolution.trim() };
}
