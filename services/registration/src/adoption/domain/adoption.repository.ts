import { Adoption } from './adoption';
import { AdoptionAssessment } from './adoption-assessment';

/** Port: adoptions registered and the assessments received from child-welfare. */
export interface AdoptionRepository {
  assessment(id: string): Promise<AdoptionAssessment | null>;
  /** Keeps an assessment (once per id: a redelivered event changes nothing). */
  recordAssessment(assessment: AdoptionAssessment): Promise<void>;
  /** Children already adopted through this registry by each of the people. */
  adoptedBy(citizenIds: string[]): Promise<Map<string, number>>;
  nextCertificateSerial(): Promise<number>;
  /** Stores a new adoption; a second adoption of the same child is refused. */
  add(adoption: Adoption): Promise<void>;
}

export const ADOPTION_REPOSITORY = Symbol('ADOPTION_REPOSITORY');
