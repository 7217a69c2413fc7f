import { AdoptionRegistered } from '@civic/contracts';
import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { checkAdoption } from '../domain/adoption-rules';
import { AdoptionRow, AdoptionStore } from '../persistence/adoption.store';

export interface AdoptionInput {
  adopters: { citizenId: string; name: string; children: number }[];
  adoptee: { citizenId: string; name: string };
  adopteeConsents: boolean;
  assessmentId: string;
  officeCode: string;
}

/** 收养登记, resting on a completed positive adoption assessment (收养评估) from child-welfare. */
@Injectable()
export class AdoptionCommands {
  constructor(
    private readonly store: AdoptionStore,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: AdoptionInput): Promise<AdoptionRow> {
    const on = BusinessDate.today(this.clock);
    const adopterIds = input.adopters.map((a, i) => CitizenId.parse(a.citizenId, `adopters[${i}].citizenId`, this.clock));
    const adoptee = CitizenId.parse(input.adoptee.citizenId, 'adoptee.citizenId', this.clock);
    const assessment = await this.store.assessment(input.assessmentId);
    const covers = !!assessment && adopterIds.every((id) => assessment.adopter_citizen_ids.includes(id.value));
    const adoptedHere = await this.store.adoptedBy(adopterIds.map((id) => id.value));
    checkAdoption({
      adopters: adopterIds.map((citizenId, i) => ({ citizenId, children: input.adopters[i].children + (adoptedHere.get(citizenId.value) ?? 0) })),
      adoptee,
      adopteeConsents: input.adopteeConsents,
      positiveAssessment: covers && assessment!.result === 'positive',
      on,
    });
    let row: AdoptionRow;
    try {
      row = await this.store.insert({
        id: randomUUID(),
        assessmentId: input.assessmentId,
        adopters: input.adopters.map((a, i) => ({ citizenId: adopterIds[i].value, name: a.name })),
        adoptee: { citizenId: adoptee.value, name: input.adoptee.name },
        on,
        officeCode: input.officeCode,
      });
    } catch (error) {
      if ((error as { adopted?: boolean }).adopted)
        throw new DomainError('ADOPTION.ALREADY_ADOPTED', 'the adoptee is already registered as adopted', 'conflict', 'adoptee.citizenId');
      throw error;
    }
    await this.events.publish([
      {
        contract: AdoptionRegistered,
        subject: row.id,
        data: {
          adoptionId: row.id,
          adopters: row.adopters,
          adoptee: { citizenId: row.adoptee_citizen_id, name: row.adoptee_name },
          registeredOn: row.registered_on,
          certificateNo: row.certificate_no,
        },
      },
    ]);
    return row;
  }
}
