import { Adoption } from './adoption';
import { AdoptionAssessment } from './adoption-assessment';
import { AdoptionExemption } from './adoption-rules';

/** Port: adoptions registered and the assessments received from child-welfare. */
export interface AdoptionRepository {
  assessment(id: string): Promise<AdoptionAssessment | null>;
  /** Keeps an assessment (once per id: a redelivered event changes nothing). */
  recordAssessment(assessment: AdoptionAssessment): Promise<void>;
  /** Children already adopted through this registry by each of the people. */
  adoptedBy(citizenIds: string[]): Promise<Map<string, number>>;
  nextCertificateSerial(): Promise<number>;
  /** A ground of exemption (arts. 1099, 1100(2), 1103) by its code, as the bureau's data defines it. */
  exemption(ground: string): Promise<AdoptionExemption | null>;
  /** Stores a new adoption; a second adoption of the same child is refused. */
  add(adoption: Adoption): Promise<void>;
}

export const ADOPTION_REPOSITORY = Symbol('ADOPTION_REPOSITORY');
