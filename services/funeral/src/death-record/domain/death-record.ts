import { BusinessDate, CitizenId, DivisionCode, DomainError } from '@civic/domain-kernel';
import { DeathRecordChange } from './death-record-change';

export interface Cremation {
  crematedOn: string;
  funeralHome: string;
  certificateNo: string;
}

export interface DeathRecordState {
  id: string;
  citizenId: CitizenId;
  name: string;
  dateOfDeath: BusinessDate;
  placeOfDeath: string;
  divisionCode: string;
  funeralHome: string;
  certificateNo: string;
  status: 'registered' | 'cremated';
  cremation: Cremation | null;
  version: number;
}

/**
 * A death and its cremation (死亡登记, 遗体火化). The registration is what the rest of the
 * platform acts on: benefits stop, beds are released, spouses become widowed.
 */
export class DeathRecord {
  private readonly changes: DeathRecordChange[] = [];

  private constructor(private state: DeathRecordState) {}

  static restore(state: DeathRecordState): DeathRecord {
    return new DeathRecord({ ...state });
  }

  static register(
    input: {
      id: string;
      citizenId: CitizenId;
      name: string;
      dateOfDeath: BusinessDate;
      placeOfDeath: string;
      divisionCode: string;
      funeralHome: string;
      certificateNo: string;
    },
    today: BusinessDate,
  ): DeathRecord {
    if (input.dateOfDeath.isAfter(today)) throw new DomainError('DEATH.IN_FUTURE', 'dateOfDeath cannot be in the future', 'invalid', 'dateOfDeath');
    if (input.dateOfDeath.isBefore(input.citizenId.birthDate))
      throw new DomainError('DEATH.BEFORE_BIRTH', 'dateOfDeath precedes the birth date in the citizen ID', 'invalid', 'dateOfDeath');
    const text = (v: string, field: string, max: number) => {
      const t = (v ?? '').trim();
      if (!t || t.length > max) throw new DomainError('DEATH.FIELD_INVALID', `${field} must be 1-${max} characters`, 'invalid', field);
      return t;
    };
    const record = new DeathRecord({
      id: input.id,
      citizenId: input.citizenId,
      name: text(input.name, 'name', 50),
      dateOfDeath: input.dateOfDeath,
      placeOfDeath: text(input.placeOfDeath, 'placeOfDeath', 200),
      divisionCode: DivisionCode.parse(input.divisionCode, 'divisionCode').value,
      funeralHome: text(input.funeralHome, 'funeralHome', 100),
      certificateNo: text(input.certificateNo, 'certificateNo', 50),
      status: 'registered',
      cremation: null,
      version: 1,
    });
    record.changes.push({ kind: 'registered' });
    return record;
  }

  /** 火化, once, not before the death and not after today (a cremation is recorded once it took place). */
  cremate(cremation: { crematedOn: BusinessDate; funeralHome: string; certificateNo: string }, today: BusinessDate): void {
    if (this.state.status === 'cremated') throw new DomainError('DEATH.ALREADY_CREMATED', 'the cremation is already recorded', 'conflict');
    if (cremation.crematedOn.isAfter(today))
      throw new DomainError('DEATH.CREMATION_IN_FUTURE', `crematedOn cannot be after today (${today})`, 'invalid', 'crematedOn');
    if (cremation.crematedOn.isBefore(this.state.dateOfDeath))
      throw new DomainError('DEATH.CREMATION_BEFORE_DEATH', 'crematedOn precedes the date of death', 'invalid', 'crematedOn');
    this.state = {
      ...this.state,
      status: 'cremated',
      cremation: { crematedOn: cremation.crematedOn.toString(), funeralHome: cremation.funeralHome.trim(), certificateNo: cremation.certificateNo.trim() },
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'cremated' });
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get divisionCode(): string {
    return this.state.divisionCode;
  }
  snapshot(): Readonly<DeathRecordState> {
    return { ...this.state };
  }
  pullChanges(): DeathRecordChange[] {
    return this.changes.splice(0);
  }
}

/** A second death for the same citizen ID (死亡登记 is once per person). */
export function deathAlreadyRegistered(): DomainError {
  return new DomainError('DEATH.ALREADY_REGISTERED', 'a death is already registered for this citizen ID', 'conflict', 'citizenId');
}

export function deathRecordNotFound(id: string): DomainError {
  return new DomainError('DEATH.NOT_FOUND', `no death record ${id}`, 'not-found');
}
