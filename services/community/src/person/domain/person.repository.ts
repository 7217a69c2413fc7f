import { Person } from './person';
import { PersonChange } from './person-change';

/** Port: persons of the community cloud, with their residence history and tags (the SQL adapter lives in persistence/). */
export interface PersonRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Person | null>;
  findByCitizenId(citizenId: string, options?: { forUpdate?: boolean }): Promise<Person | null>;
  /** The persons of these citizen IDs (those in the cloud), by citizen ID; locked in a stable order with `forUpdate`. */
  findManyByCitizenIds(citizenIds: string[], options?: { forUpdate?: boolean }): Promise<Map<string, Person>>;
  /** Stores it if its stored version is `expectedVersion` (null = new), writing each change (residences, tags) as it happened. */
  save(person: Person, expectedVersion: number | null, changes: PersonChange[], recordedBy: string, at: Date): Promise<void>;
  /** Stores many persons' tag changes set-wise (each at its expected version): what a run of tagging events changed. */
  saveTagChanges(entries: { person: Person; expectedVersion: number; changes: PersonChange[] }[], recordedBy: string, at: Date): Promise<void>;
}

export const PERSON_REPOSITORY = Symbol('PERSON_REPOSITORY');
