import { BusinessDate, CitizenId, DivisionCode, DomainError } from '@civic/domain-kernel';
import { Correction, DeathRecordChange } from './death-record-change';

export type { Correction } from './death-record-change';

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
  status: 'registered' | 'cremated' | 'revoked';
  cremation: Cremation | null;
  /** Every correction made, oldest first: who, when, why and each field's value before and after. */
  corrections: Correction[];
  revocation: { revokedOn: string; revokedBy: string; reason: string } | null;
  version: number;
}

/** The facts of a death record a correction may change; the person (citizen ID) is not one: a wrong person is revoked. */
export type CorrectableFacts = Partial<{
  name: string;
  dateOfDeath: BusinessDate;
  placeOfDeath: string;
  divisionCode: string;
  funeralHome: string;
  certificateNo: string;
}>;

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
      corrections: [],
      revocation: null,
      version: 1,
    });
    record.changes.push({ kind: 'registered' });
    return record;
  }

  /** 火化, once, not before the death and not after today (a cremation is recorded once it took place). */
  cremate(cremation: { crematedOn: BusinessDate; funeralHome: string; certificateNo: string }, today: BusinessDate): void {
    this.mustNotBeRevoked();
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

  /**
   * 更正: facts recorded wrongly are corrected with the reason (the medical certificate, the
   * family's documents) and kept beside the old values. The person cannot be corrected: a death
   * registered for the wrong person is revoked and the right one registered.
   */
  correct(facts: CorrectableFacts, reason: string, by: string, today: BusinessDate): Correction {
    this.mustNotBeRevoked();
    const why = requiredReason(reason);
    const next = { ...this.state };
    const changes: Correction['changes'] = {};
    const set = <K extends keyof CorrectableFacts>(field: K, value: string, apply: () => void, current: string) => {
      if (value !== current) {
        changes[field] = { from: current, to: value };
        apply();
      }
    };
    if (facts.dateOfDeath) {
      const date = facts.dateOfDeath;
      if (date.isAfter(today)) throw new DomainError('DEATH.IN_FUTURE', 'dateOfDeath cannot be in the future', 'invalid', 'dateOfDeath');
      if (date.isBefore(this.state.citizenId.birthDate))
        throw new DomainError('DEATH.BEFORE_BIRTH', 'dateOfDeath precedes the birth date in the citizen ID', 'invalid', 'dateOfDeath');
      if (this.state.cremation && BusinessDate.parse(this.state.cremation.crematedOn).isBefore(date))
        throw new DomainError('DEATH.CREMATION_BEFORE_DEATH', 'the recorded cremation precedes the corrected date of death', 'invalid', 'dateOfDeath');
      set('dateOfDeath', date.toString(), () => (next.dateOfDeath = date), this.state.dateOfDeath.toString());
    }
    for (const [field, max] of [
      ['name', 50],
      ['placeOfDeath', 200],
      ['funeralHome', 100],
      ['certificateNo', 50],
    ] as const) {
      const raw = facts[field];
      if (raw === undefined) continue;
      const value = raw.trim();
      if (!value || value.length > max) throw new DomainError('DEATH.FIELD_INVALID', `${field} must be 1-${max} characters`, 'invalid', field);
      set(field, value, () => (next[field] = value), this.state[field]);
    }
    if (facts.divisionCode !== undefined) {
      const code = DivisionCode.parse(facts.divisionCode, 'divisionCode').value;
      set('divisionCode', code, () => (next.divisionCode = code), this.state.divisionCode);
    }
    if (Object.keys(changes).length === 0) throw new DomainError('DEATH.NOTHING_CORRECTED', 'the correction changes nothing', 'invalid');
    const correction = { correctedOn: today.toString(), correctedBy: by, reason: why, changes };
    this.state = { ...next, corrections: [...this.state.corrections, correction], version: this.state.version + 1 };
    this.changes.push({
      kind: 'corrected',
      correction,
      previousDateOfDeath: changes.dateOfDeath ? BusinessDate.parse(changes.dateOfDeath.from) : this.state.dateOfDeath,
    });
    return correction;
  }

  /**
   * 撤销: a death registered in error (a wrong person, a mistaken report) is revoked with its reason;
   * what it did elsewhere is undone by the revocation's event, and the person may be registered
   * again if they do die. Revoked is final.
   */
  revoke(reason: string, by: string, today: BusinessDate): void {
    this.mustNotBeRevoked();
    this.state = {
      ...this.state,
      status: 'revoked',
      revocation: { revokedOn: today.toString(), revokedBy: by, reason: requiredReason(reason) },
      version: this.state.version + 1,
    };
    this.changes.push({ kind: 'revoked' });
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

  private mustNotBeRevoked(): void {
    if (this.state.status === 'revoked') throw new DomainError('DEATH.REVOKED', 'the death record has been revoked', 'conflict');
  }
}

function requiredReason(reason: string): string {
  const why = (reason ?? '').trim();
  if (!why || why.length > 1000)
    throw new DomainError('DEATH.REASON_REQUIRED', 'a correction or revocation needs its reason (1-1000 characters)', 'invalid', 'reason');
  return why;
}

/** A second death for the same citizen ID (死亡登记 is once per person). */
export function deathAlreadyRegistered(): DomainError {
  return new DomainError('DEATH.ALREADY_REGISTERED', 'a death is already registered for this citizen ID', 'conflict', 'citizenId');
}

export function deathRecordNotFound(id: string): DomainError {
  return new DomainError('DEATH.NOT_FOUND', `no death record ${id}`, 'not-found');
}
