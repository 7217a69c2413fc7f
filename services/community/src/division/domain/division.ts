import { BusinessDate, DivisionCode, DivisionLevel, DomainError } from '@civic/domain-kernel';
import { DivisionChange } from './division-change';

export type DivisionStatus = 'active' | 'revoked';

export interface DivisionState {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  validFrom: BusinessDate;
  validTo: BusinessDate | null;
  status: DivisionStatus;
  version: number;
}

/**
 * An administrative division (行政区划) and its lifecycle: established (设立), renamed (更名),
 * revoked (撤销). Each intent-named method checks the transition and records what changed.
 */
export class Division {
  private readonly changes: DivisionChange[] = [];

  private constructor(private state: DivisionState) {}

  static restore(state: DivisionState): Division {
    return new Division({ ...state });
  }

  /**
   * 设立. A division below the province needs its parent to be the one its code names, and to be
   * in force; it cannot start before its parent did.
   */
  static establish(input: { code: string; name: string; validFrom: BusinessDate; parent: Division | null }): Division {
    const code = DivisionCode.parse(input.code, 'code');
    const name = validName(input.name);
    const expectedParent = code.parent?.value ?? null;
    if (expectedParent !== null) {
      if (!input.parent) {
        throw new DomainError('DIVISION.PARENT_UNKNOWN', `parent division ${expectedParent} of ${code.value} does not exist`, 'rule', 'code');
      }
      if (input.parent.code !== expectedParent) throw new Error('parent does not match the code'); // the use case loads it by code
      if (input.parent.status !== 'active') {
        throw new DomainError('DIVISION.PARENT_REVOKED', `parent division ${expectedParent} has been revoked`, 'rule', 'code');
      }
      if (input.validFrom.isBefore(input.parent.state.validFrom)) {
        throw new DomainError('DIVISION.BEFORE_PARENT', `validFrom cannot precede the parent's ${input.parent.state.validFrom}`, 'rule', 'validFrom');
      }
    }
    const division = new Division({
      code: code.value,
      name,
      level: code.level,
      parentCode: expectedParent,
      validFrom: input.validFrom,
      validTo: null,
      status: 'active',
      version: 1,
    });
    division.changes.push({ kind: 'established', name, effectiveDate: input.validFrom });
    return division;
  }

  /** 更名 from a date on. */
  rename(newName: string, effectiveFrom: BusinessDate): void {
    this.mustBeActive();
    const name = validName(newName);
    if (name === this.state.name) throw new DomainError('DIVISION.SAME_NAME', `${this.code} is already called ${name}`, 'conflict', 'name');
    if (effectiveFrom.isBefore(this.state.validFrom)) {
      throw new DomainError('DIVISION.BEFORE_VALID_FROM', `effectiveFrom cannot precede validFrom ${this.state.validFrom}`, 'rule', 'effectiveFrom');
    }
    const previousName = this.state.name;
    this.state = { ...this.state, name, version: this.state.version + 1 };
    this.changes.push({ kind: 'renamed', name, previousName, effectiveDate: effectiveFrom });
  }

  /** 撤销: in force up to and including `validTo`. Children must be revoked (or moved) first. */
  revoke(validTo: BusinessDate, reason: string, activeChildren: number): void {
    this.mustBeActive();
    if (activeChildren > 0) {
      throw new DomainError('DIVISION.HAS_ACTIVE_CHILDREN', `${this.code} still has ${activeChildren} division(s) in force below it`, 'conflict');
    }
    if (validTo.isBefore(this.state.validFrom)) {
      throw new DomainError('DIVISION.BEFORE_VALID_FROM', `validTo cannot precede validFrom ${this.state.validFrom}`, 'rule', 'validTo');
    }
    const why = reason.trim();
    if (!why) throw new DomainError('DIVISION.REASON_REQUIRED', 'a revocation needs a reason', 'invalid', 'reason');
    this.state = { ...this.state, status: 'revoked', validTo, version: this.state.version + 1 };
    this.changes.push({ kind: 'revoked', name: this.state.name, effectiveDate: validTo, reason: why });
  }

  /**
   * 合并: committees of one sub-district join this committee from `effectiveFrom`; each is revoked the
   * day before, naming this one. Their persons and dwellings move with them (the use case's port).
   */
  absorb(sources: Division[], effectiveFrom: BusinessDate): void {
    this.mustBeActive();
    if (this.state.level !== 'committee' || sources.some((s) => s.state.level !== 'committee'))
      throw new DomainError('DIVISION.MERGE_NOT_COMMITTEES', "only residents' and villagers' committees are merged", 'rule', 'mergedCodes');
    const codes = sources.map((s) => s.code);
    if (codes.length === 0 || new Set(codes).size !== codes.length || codes.includes(this.code))
      throw new DomainError('DIVISION.MERGE_INVALID', 'mergedCodes are one or more other committees, each once', 'invalid', 'mergedCodes');
    const across = sources.find((s) => s.state.parentCode !== this.state.parentCode);
    if (across)
      throw new DomainError(
        'DIVISION.MERGE_ACROSS_PARENTS',
        `${across.code} is under ${across.state.parentCode}, not ${this.state.parentCode}: committees merge within one sub-district or town`,
        'rule',
        'mergedCodes',
      );
    const latestStart = [this, ...sources].reduce((d, x) => (x.state.validFrom.isAfter(d) ? x.state.validFrom : d), this.state.validFrom);
    if (!effectiveFrom.isAfter(latestStart))
      throw new DomainError('DIVISION.BEFORE_VALID_FROM', `effectiveFrom must be after ${latestStart}, when the last of them began`, 'rule', 'effectiveFrom');
    for (const source of sources) source.revoke(effectiveFrom.addDays(-1), `并入 ${this.code} ${this.state.name}`, 0);
    this.state = { ...this.state, version: this.state.version + 1 };
    this.changes.push({ kind: 'merged', mergedCodes: codes, effectiveDate: effectiveFrom });
  }

  get code(): string {
    return this.state.code;
  }
  get status(): DivisionStatus {
    return this.state.status;
  }
  get version(): number {
    return this.state.version;
  }
  snapshot(): Readonly<DivisionState> {
    return { ...this.state };
  }

  /** Changes recorded since the aggregate was loaded; the use case turns them into events and history. */
  pullChanges(): DivisionChange[] {
    return this.changes.splice(0);
  }

  private mustBeActive(): void {
    if (this.state.status !== 'active') {
      throw new DomainError('DIVISION.REVOKED', `${this.code} was revoked on ${this.state.validTo}`, 'conflict');
    }
  }
}

function validName(raw: string): string {
  const name = (raw ?? '').trim();
  if (name.length < 1 || name.length > 100) throw new DomainError('DIVISION.NAME_INVALID', 'name must be 1-100 characters', 'invalid', 'name');
  return name;
}

export function divisionNotFound(code: string): DomainError {
  return new DomainError('DIVISION.NOT_FOUND', `no division ${code}`, 'not-found');
}
