import { BusinessDate, DomainError, scaledExactly } from '@civic/domain-kernel';

/** 节地生态: zones opened from the rule's date on have plots of at most the rule's area (0.6 m² today). */
export interface BurialRule {
  smallPlotZonesFrom: BusinessDate;
  maxPlotAreaM2: number;
  /** 使用年限: the years a place of these types is used for from the burial (renewed by its family after). */
  useTermYears: number;
  useTermBurialTypes: string[];
}

/**
 * The day a place's use term ends (使用期满): the burial day's anniversary after the rule's years
 * (Civil Code art. 201: the start day not counted); none for burials without a term (tree, lawn, sea).
 */
export function useTermEnd(burialType: string, assignedOn: BusinessDate, rule: Pick<BurialRule, 'useTermYears' | 'useTermBurialTypes'>): BusinessDate | null {
  return rule.useTermBurialTypes.includes(burialType) ? assignedOn.addMonths(12 * rule.useTermYears) : null;
}

export const BURIAL_TYPES = ['plot', 'wall-niche', 'tree', 'lawn', 'sea'] as const;
export type BurialType = (typeof BURIAL_TYPES)[number];
export const BURIAL_TYPE_LABELS = 'plot 墓穴 | wall-niche 壁葬 | tree 树葬 | lawn 草坪葬 | sea 海葬';

/** The area limit of a zone, fixed when it opens: null for zones older than the rule. */
export function zonePlotLimit(openedOn: BusinessDate, rule: BurialRule): number | null {
  return openedOn.isBefore(rule.smallPlotZonesFrom) ? null : rule.maxPlotAreaM2;
}

/**
 * Plot areas are square metres with two decimals, exactly as written (0.29 m² is 29 hundredths, not
 * float noise), within the zone's limit compared in hundredths.
 */
export function checkPlotArea(areaM2: number, limit: number | null, field = 'areaM2'): number {
  const hundredths = scaledExactly(areaM2, 2);
  if (hundredths === null || hundredths <= 0 || hundredths > 99_900) {
    throw new DomainError('PLOT.AREA_INVALID', `${field} must be a positive area in m² with at most two decimals`, 'invalid', field);
  }
  if (limit !== null && hundredths > Math.round(limit * 100)) {
    throw new DomainError(
      'PLOT.AREA_OVER_LIMIT',
      `${field} ${(hundredths / 100).toFixed(2)} m² exceeds the ${limit.toFixed(2)} m² allowed in zones opened under the current rule`,
      'rule',
      field,
    );
  }
  return hundredths / 100;
}
