import { BusinessDate, CitizenId, DomainError, requiredText } from '@civic/domain-kernel';
import { PersonChange } from './person-change';

export type ResidenceStatus = 'resident' | 'moved-out' | 'deceased';

/** Where a person lives: a dwelling and its committee. */
export interface Residence {
  dwellingId: string;
  committeeCode: string;
}

export interface PersonTag {
  code: string;
  since: Date;
}

export interface PersonState {
  id: string;
  citizenId: CitizenId;
  name: string;
  /** The dwelling lived in now, or null once moved out or dead. */
  dwelling: Residence | null;
  /** The committee of the dwelling, or of the last one (a moved-out person stays in their district's records). */
  committeeCode: string;
  status: ResidenceStatus;
  diedOn: BusinessDate | null;
  /** The tags open now. */
  tags: PersonTag[];
  version: number;
}

/**
 * A person (人) of the community cloud's 人房数据: one per citizen ID, living in one dwelling at a
 * time (迁入, 迁移, 迁出), tagged by officers or by other contexts' events, and closed at death.
 */
export class Person {
  private readonly changes: PersonChange[] = [];

  private constructor(private state: PersonState) {}

  static restore(state: PersonState): Person {
    return new Person({ ...state, tags: [...state.tags] });
  }

  /** 迁入登记: a person enters the cloud by living in a dwelling. */
  static register(input: { id: string; citizenId: CitizenId; name: string; dwelling: Residence; on: BusinessDate }): Person {
    const person = new Person({
      id: input.id,
      citizenId: input.citizenId,
      name: requiredText(input.name, 'name', 50, 'PERSON'),
      dwelling: input.dwelling,
      committeeCode: input.dwelling.committeeCode,
      status: 'resident',
      diedOn: null,
      tags: [],
      version: 1,
    });
    person.changes.push({ kind: 'registered' }, { kind: 'moved', from: null, to: input.dwelling, on: input.on, reason: '迁入' });
    return person;
  }

  /** 迁入 a person who lives nowhere in the city now; one living in a dwelling moves instead (one dwelling at a time). */
  moveIn(dwelling: Residence, on: BusinessDate): void {
    this.mustBeAlive();
    if (this.state.dwelling)
      throw new DomainError(
        'PERSON.ALREADY_HOUSED',
        'the person lives in another dwelling: a person lives in one dwelling at a time (move them instead)',
        'conflict',
        'dwellingId',
      );
    this.relocate(dwelling, on, '迁入');
  }

  /** 迁移 from the dwelling lived in to another. */
  moveTo(dwelling: Residence, on: BusinessDate): void {
    this.mustBeAlive();
    if (!this.state.dwelling) throw notHoused();
    if (this.state.dwelling.dwellingId === dwelling.dwellingId)
      throw new DomainError('PERSON.SAME_DWELLING', 'the person already lives in this dwelling', 'conflict', 'dwellingId');
    this.relocate(dwelling, on, '迁移');
  }

  /** 迁出: leaves the dwelling (and the city's records of residents); tags stay with the record. */
  moveOut(on: BusinessDate, reason: string): void {
    this.mustBeAlive();
    if (!this.state.dwelling) throw notHoused();
    const why = requiredText(reason, 'reason', 200, 'PERSON');
    this.changes.push({ kind: 'moved', from: this.state.dwelling, to: null, on, reason: why });
    this.state = { ...this.state, dwelling: null, status: 'moved-out', version: this.state.version + 1 };
  }

  /** Gives the person a tag of the dictionary (whether it may be set this way is the tag's rule). */
  tag(code: string, reason: string, at: Date): void {
    this.mustBeAlive();
    if (!this.state.dwelling)
      throw new DomainError('PERSON.NOT_HOUSED', 'a person is tagged while living in a dwelling of the city (the tag names their committee)', 'rule');
    if (this.hasTag(code)) throw new DomainError('PERSON.ALREADY_TAGGED', `the person already has the tag ${code}`, 'conflict', 'tag');
    this.changes.push({ kind: 'tagged', tag: code, reason: requiredText(reason, 'reason', 500, 'PERSON') });
    this.state = { ...this.state, tags: [...this.state.tags, { code, since: at }], version: this.state.version + 1 };
  }

  untag(code: string, reason: string): void {
    if (!this.hasTag(code)) throw new DomainError('PERSON.NOT_TAGGED', `the person has no open tag ${code}`, 'conflict', 'tag');
    this.changes.push({ kind: 'untagged', tag: code, reason: requiredText(reason, 'reason', 500, 'PERSON') });
    this.state = { ...this.state, tags: this.state.tags.filter((t) => t.code !== code), version: this.state.version + 1 };
  }

  /** Death (from funeral's death registration): every tag closes, the residence ends, the record stays. Once only. */
  die(on: BusinessDate): boolean {
    if (this.state.status === 'deceased') return false;
    for (const t of this.state.tags) this.changes.push({ kind: 'untagged', tag: t.code, reason: '死亡' });
    if (this.state.dwelling) this.changes.push({ kind: 'moved', from: this.state.dwelling, to: null, on, reason: '死亡' });
    this.changes.push({ kind: 'died', on });
    this.state = { ...this.state, tags: [], dwelling: null, status: 'deceased', diedOn: on, version: this.state.version + 1 };
    return true;
  }

  hasTag(code: string): boolean {
    return this.state.tags.some((t) => t.code === code);
  }

  get id(): string {
    return this.state.id;
  }
  get version(): number {
    return this.state.version;
  }
  get name(): string {
    return this.state.name;
  }
  get citizenId(): CitizenId {
    return this.state.citizenId;
  }
  /** The committee the person lives in (or last lived in). */
  get status(): ResidenceStatus {
    return this.state.status;
  }
  get committeeCode(): string {
    return this.state.committeeCode;
  }
  snapshot(): Readonly<PersonState> {
    return { ...this.state, tags: [...this.state.tags] };
  }
  pullChanges(): PersonChange[] {
    return this.changes.splice(0);
  }

  private relocate(dwelling: Residence, on: BusinessDate, reason: string): void {
    this.changes.push({ kind: 'moved', from: this.state.dwelling, to: dwelling, on, reason });
    this.state = { ...this.state, dwelling, committeeCode: dwelling.committeeCode, status: 'resident', version: this.state.version + 1 };
  }

  private mustBeAlive(): void {
    if (this.state.status === 'deceased') throw new DomainError('PERSON.DECEASED', `the person died on ${this.state.diedOn}`, 'conflict');
  }
}

function notHoused(): DomainError {
  return new DomainError('PERSON.NOT_HOUSED', 'the person lives in no dwelling of the city now (move them in instead)', 'conflict');
}

export function personNotFound(id: string): DomainError {
  return new DomainError('PERSON.NOT_FOUND', `no person ${id}`, 'not-found');
}

export function personExists(): DomainError {
  return new DomainError('PERSON.EXISTS', 'the community cloud already has a person with this citizen ID (one record per person)', 'conflict', 'citizenId');
}
