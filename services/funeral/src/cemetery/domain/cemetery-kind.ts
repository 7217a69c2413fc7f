import { DomainError } from '@civic/domain-kernel';
import { BurialType } from './burial-rules';

/**
 * 公墓 kinds (殡葬管理条例 arts. 8-10): commercial cemeteries, urban public-interest cemeteries, and
 * the rural public-interest columbaria (农村公益性骨灰堂) the plan builds out in townships, which
 * keep ashes in niches rather than burying them.
 */
export const CEMETERY_KINDS = ['commercial', 'public-interest', 'rural-columbarium'] as const;
export type CemeteryKind = (typeof CEMETERY_KINDS)[number];
export const CEMETERY_KIND_LABELS = 'commercial 经营性公墓 | public-interest 公益性公墓 | rural-columbarium 农村公益性骨灰堂';

export function parseCemeteryKind(kind: string): CemeteryKind {
  if (!(CEMETERY_KINDS as readonly string[]).includes(kind)) {
    throw new DomainError('CEMETERY.KIND_UNKNOWN', `kind must be one of ${CEMETERY_KINDS.join(', ')}`, 'invalid', 'kind');
  }
  return kind as CemeteryKind;
}

/** A columbarium holds niches only: no plots, no tree, lawn or sea burials. */
export function checkZoneFitsKind(kind: string, burialType: BurialType): void {
  if (kind === 'rural-columbarium' && burialType !== 'wall-niche') {
    throw new DomainError(
      'CEMETERY.COLUMBARIUM_NICHES_ONLY',
      'a rural columbarium (骨灰堂) keeps ashes in niches: burialType must be wall-niche',
      'rule',
      'burialType',
    );
  }
}
