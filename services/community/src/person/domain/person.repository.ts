import { Person } from './person';
import { PersonChange } from './person-change';

/** Port: persons of the community cloud, with their residence history and tags (the SQL adapter lives in persistence/). */
export interface PersonRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Person | null>;
  findByCitizenId(citizenId: string, options?: { forUpdate?: boolean }): Promise<Person | null>;
  /** Stores it if its stored version is `expectedVersion` (null = new), writing each change (residences, tags) as it happened. */
  save(person: Person, expectedVersion: number | null, changes: PersonChange[], recordedBy: string, at: Date): Promise<void>;
}

export const PERSON_REPOSITORY = Symbol('PERSON_REPOSITORY');
