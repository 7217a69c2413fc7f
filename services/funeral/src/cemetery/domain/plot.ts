import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { checkPlotArea } from './burial-rules';
import { Zone } from './cemetery';

export interface PlotState {
  id: string;
  zoneId: string;
  number: string;
  areaM2: number;
  status: 'available' | 'assigned';
  deathRecordId: string | null;
  assignedOn: BusinessDate | null;
  /** 节地生态安葬补贴 granted with an eco burial. */
  ecoSubsidy: Money | null;
  /** 使用期满: when the use term of the place ends (null: no term, or not assigned). */
  useTermEndsOn: BusinessDate | null;
  /** 1, or 2 for a double grave (双穴, 合葬) that takes a couple. */
  capacity: 1 | 2;
  /** The spouse buried with the first (合葬), in a double grave. */
  companionDeathRecordId: string | null;
  companionAssignedOn: BusinessDate | null;
}

/** 墓穴 (or a niche, a tree, a lawn or a sea place): given to one deceased person, once. */
export class Plot {
  private assigned = false;

  private constructor(private state: PlotState) {}

  static restore(state: PlotState): Plot {
    return new Plot({ ...state });
  }

  /** New plots of a zone: each area within the zone's limit, no number twice. */
  static addTo(zone: Zone, plots: { id: string; number: string; areaM2: number; double?: boolean }[]): Plot[] {
    const created = plots.map(
      (p, i) =>
        new Plot({
          id: p.id,
          zoneId: zone.id,
          number: p.number,
          areaM2: checkPlotArea(p.areaM2, zone.maxPlotAreaM2, `plots[${i}].areaM2`),
          status: 'available',
          deathRecordId: null,
          assignedOn: null,
          ecoSubsidy: null,
          useTermEndsOn: null,
          capacity: p.double ? 2 : 1,
          companionDeathRecordId: null,
          companionAssignedOn: null,
        }),
    );
    if (plots.some((p) => p.double) && zone.burialType !== 'plot')
      throw new DomainError('PLOT.DOUBLE_ONLY_FOR_GRAVES', 'only graves (plot zones) can be double (合葬)', 'invalid', 'plots');
    if (new Set(plots.map((p) => p.number)).size !== plots.length)
      throw new DomainError('PLOT.NUMBER_REPEATED', 'a plot number appears twice', 'invalid', 'plots');
    return created;
  }

  /** 安葬: to one deceased person; an eco burial (节地生态) carries the subsidy of its type; a place with a term is used until `useTermEndsOn`. */
  assignTo(deathRecordId: string, on: BusinessDate, ecoSubsidy: Money | null, useTermEndsOn: BusinessDate | null = null): void {
    if (this.state.status !== 'available') throw plotAlreadyAssigned(this.state.number);
    this.state = { ...this.state, status: 'assigned', deathRecordId, assignedOn: on, ecoSubsidy, useTermEndsOn };
    this.assigned = true;
  }

  /**
   * 合葬: the spouse of the first buried joins them in a double grave (the relation as the family
   * declares it; the grave's use term stays the first burial's). A single grave, or a double one
   * already full, takes nobody else.
   */
  addCompanion(deathRecordId: string, on: BusinessDate, relation: string): void {
    if (this.state.status !== 'assigned') throw new DomainError('PLOT.NOT_YET_ASSIGNED', `plot ${this.state.number} has nobody to join`, 'conflict');
    if (this.state.capacity !== 2 || this.state.companionDeathRecordId !== null) throw plotAlreadyAssigned(this.state.number);
    if (relation !== 'spouse')
      throw new DomainError('PLOT.JOINT_BURIAL_SPOUSES_ONLY', 'a double grave takes a couple (合葬): the second must be the spouse', 'rule', 'relationToFirst');
    if (deathRecordId === this.state.deathRecordId) throw deceasedHasPlot(this.state.id);
    this.state = { ...this.state, companionDeathRecordId: deathRecordId, companionAssignedOn: on };
    this.assigned = true;
  }

  /** True once `assignTo` ran on this instance (what the adapter must store). */
  get wasAssigned(): boolean {
    return this.assigned;
  }
  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<PlotState> {
    return { ...this.state };
  }
}

export function plotAlreadyAssigned(number: string): DomainError {
  return new DomainError('PLOT.ALREADY_ASSIGNED', `plot ${number} is already assigned`, 'conflict');
}

export function deceasedHasPlot(existing?: string): DomainError {
  return new DomainError('PLOT.DECEASED_HAS_PLOT', `the deceased already has plot ${existing ?? 'assigned'}`, 'conflict', 'deathRecordId');
}

export function plotNumberExists(): DomainError {
  return new DomainError('PLOT.NUMBER_EXISTS', 'a plot with one of these numbers already exists in the zone', 'conflict', 'plots');
}

export function plotNotFound(id: string): DomainError {
  return new DomainError('PLOT.NOT_FOUND', `no plot ${id}`, 'not-found');
}
