import { Money } from '@civic/domain-kernel';
import { BurialRule, BurialType } from './burial-rules';
import { Cemetery, CemeteryChange } from './cemetery';
import { EcoSubsidyClaim } from './eco-subsidy-claim';
import { Plot } from './plot';

/** Where a plot lies. */
export interface PlotZone {
  cemeteryId: string;
  code: string;
  burialType: BurialType;
}

/** Port: cemeteries with their zones, their plots, and the rules (burial rule, eco-burial subsidy rates) as data. */
export interface CemeteryRepository {
  burialRule(): Promise<BurialRule>;
  /** 节地生态安葬补贴 of a burial type, or null when it carries none. */
  ecoSubsidyRate(burialType: BurialType): Promise<Money | null>;
  find(id: string, options?: { forUpdate?: boolean }): Promise<Cemetery | null>;
  save(cemetery: Cemetery, changes: CemeteryChange[]): Promise<void>;
  /** Locked for the assignment that follows. */
  findPlot(id: string): Promise<{ plot: Plot; zone: PlotZone } | null>;
  plotOf(deathRecordId: string): Promise<string | null>;
  /** New plots; a number already in the zone refuses them all. */
  addPlots(plots: Plot[]): Promise<void>;
  /** Stores an assignment; a second plot for the same deceased is refused. */
  savePlot(plot: Plot): Promise<void>;
  /** The eco-burial subsidy claim of a plot, locked. */
  ecoClaim(plotId: string): Promise<EcoSubsidyClaim | null>;
  /** A new claim (a second for the same plot is refused) or a paid one. */
  saveEcoClaim(claim: EcoSubsidyClaim, isNew: boolean): Promise<void>;
}

export const CEMETERY_REPOSITORY = Symbol('CEMETERY_REPOSITORY');
