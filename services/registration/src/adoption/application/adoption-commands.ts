import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Adoption } from '../domain/adoption';
import { AdoptionAssessment } from '../domain/adoption-assessment';
import { AdoptionExemption, PlacingParty } from '../domain/adoption-rules';
import { ADOPTION_REPOSITORY, AdoptionRepository } from '../domain/adoption.repository';
import { MARRIAGE_REPOSITORY, MarriageRepository } from '../../marriage/domain/marriage.repository';
import { adoptionRegisteredEvent } from './adoption-integration-events';

export interface AdoptionInput {
  adopters: { citizenId: string; name: string; children: number }[];
  adoptee: { citizenId: string; name: string };
  adopteeConsents: boolean;
  assessmentId: string;
  officeCode: string;
  placingParty: PlacingParty;
  exemptionGround?: string;
}

/** 收养登记, resting on a completed positive adoption assessment (收养评估) from child-welfare. */
@Injectable()
export class AdoptionCommands {
  constructor(
    @Inject(ADOPTION_REPOSITORY) private readonly adoptions: AdoptionRepository,
    @Inject(MARRIAGE_REPOSITORY) private readonly marriages: MarriageRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: AdoptionInput): Promise<Adoption> {
    const on = BusinessDate.today(this.clock);
    const adopterIds = input.adopters.map((a, i) => CitizenId.parse(a.citizenId, `adopters[${i}].citizenId`, this.clock));
    const adoptee = CitizenId.parse(input.adoptee.citizenId, 'adoptee.citizenId', this.clock);
    const adoptedHere = await this.adoptions.adoptedBy(adopterIds.map((id) => id.value));
    // Marital status from the registry, not from the declaration (art. 1101).
    const spouses = await Promise.all(adopterIds.map(async (id) => (await this.marriages.currentMarriageOf(id.value))?.spouseOf(id.value) ?? null));
    const adoption = Adoption.register({
      id: randomUUID(),
      adopters: input.adopters.map((a, i) => ({
        citizenId: adopterIds[i],
        name: a.name,
        children: a.children + (adoptedHere.get(adopterIds[i].value) ?? 0),
        spouse: spouses[i],
      })),
      adoptee: { citizenId: adoptee, name: input.adoptee.name },
      adopteeConsents: input.adopteeConsents,
      assessmentId: input.assessmentId,
      assessment: await this.adoptions.assessment(input.assessmentId),
      officeCode: input.officeCode,
      on,
      serial: await this.adoptions.nextCertificateSerial(),
      placingParty: input.placingParty,
      exemption: await this.exemptionFor(input.exemptionGround),
    });
    await this.adoptions.add(adoption);
    await this.events.publish([adoptionRegisteredEvent(adoption)]);
    return adoption;
  }

  private async exemptionFor(ground: string | undefined): Promise<AdoptionExemption | null> {
    if (!ground) return null;
    const exemption = await this.adoptions.exemption(ground);
    if (!exemption) throw new DomainError('ADOPTION.EXEMPTION_UNKNOWN', `exemptionGround ${ground} is not a ground of exemption`, 'invalid', 'exemptionGround');
    return exemption;
  }

  /** An assessment completed in child-welfare (consumer `registration.adoption-assessments`). */
  async recordAssessment(assessment: AdoptionAssessment): Promise<void> {
    await this.adoptions.recordAssessment(assessment);
  }
}
