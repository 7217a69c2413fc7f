import { Child, ChildChange } from './child';

/** Port: child records with their category history and guardians (the SQL adapter lives in persistence/). */
export interface ChildRepository {
  find(id: string, options?: { forUpdate?: boolean }): Promise<Child | null>;
  findByCitizen(citizenId: string, options?: { forUpdate?: boolean }): Promise<Child | null>;
  /** Active children of whom the person is a guardian now. */
  inGuardianshipOf(guardianCitizenId: string): Promise<Child[]>;
  save(child: Child, expectedVersion: number | null, changes: ChildChange[]): Promise<void>;
}

export const CHILD_REPOSITORY = Symbol('CHILD_REPOSITORY');
