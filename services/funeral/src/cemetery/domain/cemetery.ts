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
  /** For a zone recorded after it opened (an existing cemetery's): the approval it opened under (批准文件). */
  openingDocument: string | null;
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

  /**
   * A zone opens the day it is recorded and takes the area limit of the rule in force that day: an
   * opening date cannot be chosen, so no new zone escapes the 0.6 m² rule by a date in the past.
   */
  openZone(input: { id: string; code: string; burialType: BurialType; openedOn?: BusinessDate }, rule: BurialRule, today: BusinessDate): Zone {
    if (input.openedOn && !input.openedOn.equals(today)) {
      throw new DomainError(
        'ZONE.OPENS_TODAY',
        `a zone opens the day it is recorded (${today}); a zone that opened earlier is recorded with its approval document at /existing-zones`,
        'rule',
        'openedOn',
      );
    }
    return this.addZone({ ...input, openedOn: today, openingDocument: null }, rule);
  }

  /**
   * 存量墓区: a zone of an existing cemetery that opened before it was recorded here, with the
   * approval it opened under. It takes the rule of its real opening date (so an old zone keeps no
   * limit), which is why it needs its own permission and a document, and is audited.
   */
  recordExistingZone(
    input: { id: string; code: string; burialType: BurialType; openedOn: BusinessDate; openingDocument: string },
    rule: BurialRule,
    today: BusinessDate,
  ): Zone {
    if (!input.openedOn.isBefore(today)) {
      throw new DomainError('ZONE.NOT_EXISTING', 'an existing zone opened before today; a zone opening today is opened at /zones', 'rule', 'openedOn');
    }
    const document = input.openingDocument.trim();
    if (!document)
      throw new DomainError('ZONE.DOCUMENT_REQUIRED', 'an existing zone needs the approval document it opened under', 'invalid', 'openingDocument');
    return this.addZone({ ...input, openingDocument: document }, rule);
  }

  private addZone(input: Omit<Zone, 'maxPlotAreaM2'>, rule: BurialRule): Zone {
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
