import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';
import { AdoptionAssessment, isPositiveFor } from './adoption-assessment';
import { AdoptionExemption, checkAdoption, PlacingParty } from './adoption-rules';

export interface Person {
  citizenId: string;
  name: string;
}

export interface AdoptionState {
  id: string;
  assessmentId: string;
  adopters: Person[];
  adoptee: Person;
  registeredOn: BusinessDate;
  officeCode: string;
  certificateNo: string;
  placingParty: PlacingParty;
  /** The ground of exemption applied, if any (its code). */
  exemptionGround: string | null;
}

/** 收养证 number: `S`, the office, the year and the registry's running serial, e.g. `S310104-2026-000123`. */
export function adoptionCertificateNumber(officeCode: string, on: BusinessDate, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`a certificate serial is a positive whole number, got ${serial}`);
  return `S${officeCode}-${on.year}-${String(serial).padStart(6, '0')}`;
}

/** 收养登记 (Civil Code arts. 1093-1105), resting on a positive assessment (收养评估) from child-welfare. */
export class Adoption {
  private constructor(private readonly state: AdoptionState) {}

  static restore(state: AdoptionState): Adoption {
    return new Adoption({ ...state, adopters: [...state.adopters] });
  }

  /**
   * `children` per adopter counts the children they declare plus those already adopted through this
   * registry; `serial` is a fresh registry serial for the certificate.
   */
  static register(input: {
    id: string;
    adopters: { citizenId: CitizenId; name: string; children: number; spouse: string | null }[];
    adoptee: { citizenId: CitizenId; name: string };
    adopteeConsents: boolean;
    assessmentId: string;
    assessment: AdoptionAssessment | null;
    officeCode: string;
    on: BusinessDate;
    serial: number;
    placingParty: PlacingParty;
    exemption: AdoptionExemption | null;
  }): Adoption {
    checkAdoption({
      adopters: input.adopters.map((a) => ({ citizenId: a.citizenId, children: a.children, spouse: a.spouse })),
      adoptee: input.adoptee.citizenId,
      adopteeConsents: input.adopteeConsents,
      positiveAssessment: isPositiveFor(
        input.assessment,
        input.adopters.map((a) => a.citizenId.value),
      ),
      on: input.on,
      placingParty: input.placingParty,
      exemption: input.exemption,
    });
    return new Adoption({
      id: input.id,
      assessmentId: input.assessmentId,
      adopters: input.adopters.map((a) => ({ citizenId: a.citizenId.value, name: a.name })),
      adoptee: { citizenId: input.adoptee.citizenId.value, name: input.adoptee.name },
      registeredOn: input.on,
      officeCode: input.officeCode,
      certificateNo: adoptionCertificateNumber(input.officeCode, input.on, input.serial),
      placingParty: { ...input.placingParty, name: input.placingParty.name.trim() },
      exemptionGround: input.exemption?.ground ?? null,
    });
  }

  get id(): string {
    return this.state.id;
  }
  snapshot(): Readonly<AdoptionState> {
    return { ...this.state };
  }
}

/** A child is registered as adopted once. */
export function alreadyAdopted(): DomainError {
  return new DomainError('ADOPTION.ALREADY_ADOPTED', 'the adoptee is already registered as adopted', 'conflict', 'adoptee.citizenId');
}

export function adoptionNotFound(id: string): DomainError {
  return new DomainError('ADOPTION.NOT_FOUND', `no adoption ${id}`, 'not-found');
}
