import { BusinessDate, DivisionCode, DomainError, requiredText } from '@civic/domain-kernel';

/** Who adopts a convention: the residents' (villagers') assembly or its representatives' assembly. */
export const ADOPTING_BODIES = ['assembly', 'representatives-assembly'] as const; // 居民(村民)会议, 居民(村民)代表会议
export type AdoptingBody = (typeof ADOPTING_BODIES)[number];

export interface ConventionVersion {
  number: number;
  text: string;
  adoptedOn: BusinessDate;
  adoptedBy: AdoptingBody;
}

/**
 * A committee's residents' convention (居民公约, in villages 村规民约): one text in force at a time,
 * each revision adopted by the assembly as a new version; versions follow one another in time.
 */
export class Convention {
  private constructor(
    readonly committeeCode: string,
    private current: ConventionVersion | null,
  ) {}

  static of(committeeCode: string, current: ConventionVersion | null): Convention {
    const committee = DivisionCode.parse(committeeCode, 'code');
    if (committee.level !== 'committee')
      throw new DomainError('CONVENTION.NOT_A_COMMITTEE', "a convention is a residents' or villagers' committee's (a 12-digit code)", 'rule', 'code');
    return new Convention(committee.value, current);
  }

  /** A new version, adopted after the one in force and saying something else. */
  adopt(input: { text: string; adoptedOn: BusinessDate; adoptedBy: AdoptingBody }): ConventionVersion {
    const text = requiredText(input.text, 'text', 10000, 'CONVENTION');
    if (this.current && !input.adoptedOn.isAfter(this.current.adoptedOn))
      throw new DomainError('CONVENTION.NOT_AFTER_CURRENT', `version ${this.current.number} was adopted on ${this.current.adoptedOn}`, 'rule', 'adoptedOn');
    if (this.current?.text === text) throw new DomainError('CONVENTION.UNCHANGED', `the text is version ${this.current.number}'s`, 'conflict', 'text');
    this.current = { number: (this.current?.number ?? 0) + 1, text, adoptedOn: input.adoptedOn, adoptedBy: input.adoptedBy };
    return this.current;
  }
}

export function conventionNotFound(code: string): DomainError {
  return new DomainError('CONVENTION.NOT_FOUND', `committee ${code} has no convention on record`, 'not-found');
}

/** Two revisions adopted at once: the second finds its number taken (the primary key is the guard). */
export function conventionRevisedMeanwhile(): DomainError {
  return new DomainError('CONVENTION.REVISED_MEANWHILE', 'another version was recorded meanwhile; read it and try again', 'conflict');
}
