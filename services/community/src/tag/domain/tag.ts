import { DomainError, requiredText } from '@civic/domain-kernel';
import { TagChange } from './tag-change';

/** The context that owns what a tag says: community itself, or the context whose events set it. */
export const TAG_OWNERS = ['community', 'assistance', 'eldercare', 'child-welfare', 'funeral', 'charity', 'registration'] as const;
export type TagOwner = (typeof TAG_OWNERS)[number];

/** Who sets a tag on a person: officers by hand, or the owning context's events (never by hand). */
export const TAG_SETTERS = ['officers', 'events'] as const;
export type TagSetter = (typeof TAG_SETTERS)[number];

export type TagStatus = 'admitted' | 'withdrawn';

/** A tag's code: lower-case words joined by hyphens, as events and other contexts name it (e.g. living-alone-elder). */
export const TAG_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface TagState {
  code: string;
  /** The tag's name as officers know it (独居老人). */
  name: string;
  meaning: string;
  owner: TagOwner;
  setBy: TagSetter;
  status: TagStatus;
  withdrawnReason: string | null;
  version: number;
}

/**
 * A tag of the governed dictionary (标签字典) of the community cloud: admitted (准入) with its code,
 * name, meaning and owning context, changed, and withdrawn (退出) with a reason. A tag owned by
 * another context is set only by that context's events: the owner is the source of its truth.
 */
export class Tag {
  private readonly changes: TagChange[] = [];

  private constructor(private state: TagState) {}

  static restore(state: TagState): Tag {
    return new Tag({ ...state });
  }

  static admit(input: { code: string; name: string; meaning: string; owner: string; setBy: string }): Tag {
    const code = (input.code ?? '').trim();
    if (!TAG_CODE.test(code) || code.length > 40)
      throw new DomainError(
        'TAG.CODE_INVALID',
        'code must be lower-case words joined by hyphens, at most 40 characters (e.g. living-alone-elder)',
        'invalid',
        'code',
      );
    const owner = oneOf(TAG_OWNERS, input.owner, 'owner');
    const setBy = oneOf(TAG_SETTERS, input.setBy, 'setBy');
    mustFitOwner(owner, setBy);
    const tag = new Tag({
      code,
      name: text(input.name, 'name', 50),
      meaning: text(input.meaning, 'meaning', 500),
      owner,
      setBy,
      status: 'admitted',
      withdrawnReason: null,
      version: 1,
    });
    tag.changes.push({ kind: 'admitted' });
    return tag;
  }

  /** A change of name, meaning or who sets it; the code and owner stay (events and other contexts name the tag by its code). */
  change(input: { name?: string; meaning?: string; setBy?: string }): void {
    this.mustBeAdmitted();
    const next = {
      ...this.state,
      name: input.name === undefined ? this.state.name : text(input.name, 'name', 50),
      meaning: input.meaning === undefined ? this.state.meaning : text(input.meaning, 'meaning', 500),
      setBy: input.setBy === undefined ? this.state.setBy : oneOf(TAG_SETTERS, input.setBy, 'setBy'),
    };
    mustFitOwner(next.owner, next.setBy);
    if (next.name === this.state.name && next.meaning === this.state.meaning && next.setBy === this.state.setBy)
      throw new DomainError('TAG.NOTHING_CHANGED', 'the change leaves the tag as it is', 'invalid');
    this.state = { ...next, version: this.state.version + 1 };
    this.changes.push({ kind: 'changed' });
  }

  /** 退出: no person can be given the tag from now on; a withdrawn tag is not admitted again under its code. */
  withdraw(reason: string): void {
    this.mustBeAdmitted();
    const why = text(reason, 'reason', 500);
    this.state = { ...this.state, status: 'withdrawn', withdrawnReason: why, version: this.state.version + 1 };
    this.changes.push({ kind: 'withdrawn', reason: why });
  }

  /** An officer may set or remove the tag by hand: admitted, and governed by officers. */
  mustBeSetByHand(): void {
    this.mustBeAdmitted();
    if (this.state.setBy !== 'officers')
      throw new DomainError(
        'TAG.OWNED_BY_CONTEXT',
        `${this.code} is set by ${this.state.owner}'s events, not by hand: change it where it is decided`,
        'rule',
        'tag',
      );
  }

  /** Whether `owner`'s events set (or, with `closing`, close) this tag: owned by it and set by events; a withdrawn tag is given to nobody. */
  isSetByEventsOf(owner: TagOwner, closing = false): boolean {
    return this.state.owner === owner && this.state.setBy === 'events' && (closing || this.state.status === 'admitted');
  }

  /** An officer may close the tag on a person by hand when officers govern it (a withdrawn tag's last holders included). */
  mustBeRemovableByHand(): void {
    if (this.state.setBy !== 'officers')
      throw new DomainError('TAG.OWNED_BY_CONTEXT', `${this.code} is closed by ${this.state.owner}'s events, not by hand`, 'rule', 'tag');
  }

  get code(): string {
    return this.state.code;
  }
  get version(): number {
    return this.state.version;
  }
  get status(): TagStatus {
    return this.state.status;
  }
  snapshot(): Readonly<TagState> {
    return { ...this.state };
  }
  pullChanges(): TagChange[] {
    return this.changes.splice(0);
  }

  private mustBeAdmitted(): void {
    if (this.state.status !== 'admitted')
      throw new DomainError('TAG.WITHDRAWN', `${this.code} was withdrawn: ${this.state.withdrawnReason}`, 'conflict', 'tag');
  }
}

/** A tag of another context is set by that context's events; community's own tags by officers. */
function mustFitOwner(owner: TagOwner, setBy: TagSetter): void {
  if (owner !== 'community' && setBy !== 'events')
    throw new DomainError('TAG.OWNER_SETS_IT', `a tag owned by ${owner} is set by its events (setBy: events)`, 'rule', 'setBy');
  if (owner === 'community' && setBy !== 'officers')
    throw new DomainError('TAG.OWNER_SETS_IT', "community's own tags are set by officers (setBy: officers)", 'rule', 'setBy');
}

function oneOf<T extends string>(values: readonly T[], raw: string, field: string): T {
  if (!(values as readonly string[]).includes(raw))
    throw new DomainError('TAG.FIELD_INVALID', `${field} must be one of ${values.join(', ')}`, 'invalid', field);
  return raw as T;
}

const text = (value: string, field: string, max: number): string => requiredText(value, field, max, 'TAG');

export function tagNotFound(code: string): DomainError {
  return new DomainError('TAG.NOT_FOUND', `no tag ${code} in the dictionary`, 'not-found');
}

export function tagNotInDictionary(code: string): DomainError {
  return new DomainError('TAG.NOT_IN_DICTIONARY', `${code} is not a tag of the dictionary (标签字典)`, 'rule', 'tag');
}

export function tagCodeTaken(): DomainError {
  return new DomainError('TAG.CODE_TAKEN', 'the dictionary already has a tag of this code (withdrawn codes are not reused)', 'conflict', 'code');
}
