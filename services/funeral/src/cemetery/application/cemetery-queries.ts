import { PageQuery, RecordDivisions } from '@civic/platform';
import { EcoSubsidyClaim } from '../domain/eco-subsidy-claim';
import { Cemetery, Zone } from '../domain/cemetery';
import { Plot } from '../domain/plot';

export interface CemeteryView {
  id: string;
  name: string;
  kind: string;
  divisionCode: string;
}

export interface ZoneView {
  id: string;
  code: string;
  openedOn: string;
  burialType: string;
  maxPlotAreaM2: string | null;
  openingDocument: string | null;
}

export interface PlotView {
  id: string;
  zoneId: string;
  zoneCode: string;
  number: string;
  areaM2: string;
  status: string;
  deathRecordId: string | null;
  assignedOn: string | null;
  ecoSubsidy: string | null;
  useTermEndsOn: string | null;
  capacity: number;
  companionDeathRecordId: string | null;
}

/** An assigned place whose use term ends soon (or has ended): the family is reminded to renew (续期). */
export interface ExpiringPlotView {
  plotId: string;
  cemeteryId: string;
  cemeteryName: string;
  zoneCode: string;
  number: string;
  deathRecordId: string;
  useTermEndsOn: string;
}

/** An eco-burial subsidy claim as the API shows it (citizen ID unmasked: the controller masks it). */
export interface EcoClaimView {
  plotId: string;
  deathRecordId: string;
  amount: string;
  applicantName: string;
  applicantCitizenId: string;
  status: string;
  appliedOn: string;
  paidOn: string | null;
  paymentReference: string | null;
}

/** Query port: cemeteries, zones and plots. */
export interface CemeteryQueries extends RecordDivisions {
  cemetery(id: string): Promise<CemeteryView | null>;
  cemeteries(filter: { kind?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: CemeteryView[]; total: number }>;
  zones(cemeteryId: string): Promise<ZoneView[]>;
  plot(id: string): Promise<PlotView | null>;
  plots(filter: { cemeteryId: string; zoneId?: string; status?: string }, page: PageQuery): Promise<{ items: PlotView[]; total: number }>;
  /** Assigned places whose use term ends by `until` (ended ones too), soonest first, within the caller's districts. */
  expiring(until: string, filter: { divisionCode?: string }, page: PageQuery): Promise<{ items: ExpiringPlotView[]; total: number }>;
  /** Eco-burial subsidy claims, oldest first, within the caller's districts (the cemetery's). */
  ecoClaims(filter: { status?: string; divisionCode?: string }, page: PageQuery): Promise<{ items: EcoClaimView[]; total: number }>;
}

export function ecoClaimView(claim: EcoSubsidyClaim): EcoClaimView {
  const s = claim.snapshot();
  return {
    plotId: s.plotId,
    deathRecordId: s.deathRecordId,
    amount: s.amount.toString(),
    applicantName: s.applicantName,
    applicantCitizenId: s.applicantCitizenId,
    status: s.status,
    appliedOn: s.appliedOn.toString(),
    paidOn: s.paidOn?.toString() ?? null,
    paymentReference: s.paymentReference,
  };
}

export const CEMETERY_QUERIES = Symbol('CEMETERY_QUERIES');

/** A plot's division is its cemetery's (for routes that name a plot). */
export const PLOT_DIVISIONS = Symbol('PLOT_DIVISIONS');

export function cemeteryView(cemetery: Cemetery): CemeteryView {
  const { id, name, kind, divisionCode } = cemetery.snapshot();
  return { id, name, kind, divisionCode };
}

export function zoneView(zone: Zone): ZoneView {
  return {
    id: zone.id,
    code: zone.code,
    openedOn: zone.openedOn.toString(),
    burialType: zone.burialType,
    maxPlotAreaM2: zone.maxPlotAreaM2 === null ? null : zone.maxPlotAreaM2.toFixed(2),
    openingDocument: zone.openingDocument,
  };
}

export function plotView(plot: Plot, zoneCode: string): PlotView {
  const s = plot.snapshot();
  return {
    id: s.id,
    zoneId: s.zoneId,
    zoneCode,
    number: s.number,
    areaM2: s.areaM2.toFixed(2),
    status: s.status,
    deathRecordId: s.deathRecordId,
    assignedOn: s.assignedOn?.toString() ?? null,
    ecoSubsidy: s.ecoSubsidy?.toString() ?? null,
    useTermEndsOn: s.useTermEndsOn?.toString() ?? null,
    capacity: s.capacity,
    companionDeathRecordId: s.companionDeathRecordId,
  };
}
