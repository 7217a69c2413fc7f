import { BusinessDate, DivisionCode, DomainError } from '@civic/domain-kernel';
import { BurialRule, BurialType, zonePlotLimit } from './burial-rules';
import { checkZoneFitsKind, parseCemeteryKind } from './cemetery-kind';

/** 墓区: a zone of a cemetery, with the plot-area limit of the rule in force when it opened. */
export interface Zone {
  id: string;
  code: string;
  openedOn: BusinessDate;
  burialType: BurialType;
  /** m²; null for zones opened before the rule. */
  maxPlotAreaM2: number | null;
}

export interface CemeteryState {
  id: string;
  name: string;
  kind: string;
  divisionCode: string;
  zones: Zone[];
}

export type CemeteryChange = { kind: 'registered' } | { kind: 'zone-opened'; zone: Zone };

/** 公墓: a commercial or public-interest cemetery, or a rural columbarium, and its zones. */
export class Cemetery {
  private readonly changes: CemeteryChange[] = [];

  private constructor(private state: CemeteryState) {}

  static restore(state: CemeteryState): Cemetery {
    return new Cemetery({ ...state, zones: [...state.zones] });
  }

  static register(input: { id: string; name: string; kind: string; divisionCode: string }): Cemetery {
    const cemetery = new Cemetery({
      id: input.id,
      name: input.name.trim(),
      kind: parseCemeteryKind(input.kind),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      zones: [],
    });
    cemetery.changes.push({ kind: 'registered' });
    return cemetery;
  }

  /** A zone takes the area limit of the rule in force when it opens; a zone code is used once per cemetery. */
  openZone(input: { id: string; code: string; openedOn: BusinessDate; burialType: BurialType }, rule: BurialRule): Zone {
    if (this.state.zones.some((z) => z.code === input.code)) throw zoneExists(input.code);
    checkZoneFitsKind(this.state.kind, input.burialType);
    const zone: Zone = { ...input, maxPlotAreaM2: zonePlotLimit(input.openedOn, rule) };
    this.state = { ...this.state, zones: [...this.state.zones, zone] };
    this.changes.push({ kind: 'zone-opened', zone });
    return zone;
  }

  zone(id: string): Zone | undefined {
    return this.state.zones.find((z) => z.id === id);
  }

  get id(): string {
    return this.state.id;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  snapshot(): Readonly<CemeteryState> {
    return { ...this.state };
  }
  pullChanges(): CemeteryChange[] {
    return this.changes.splice(0);
  }
}

export function zoneExists(code: string): DomainError {
  return new DomainError('ZONE.EXISTS', `zone ${code} already exists in the cemetery`, 'conflict', 'code');
}

export function cemeteryNotFound(id: string): DomainError {
  return new DomainError('CEMETERY.NOT_FOUND', `no cemetery ${id}`, 'not-found');
}
