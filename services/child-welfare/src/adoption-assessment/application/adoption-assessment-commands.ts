import { AdoptionAssessmentCompleted } from '@civic/contracts';
import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AdoptionAssessment, adoptionAssessmentNotFound } from '../domain/adoption-assessment';
import { ADOPTION_ASSESSMENT_REPOSITORY, AdoptionAssessmentRepository } from '../domain/adoption-assessment.repository';

/** 收养评估: application, home study and result; the result is published as registration's contract fixes it. */
@Injectable()
export class AdoptionAssessmentCommands {
  constructor(
    @Inject(ADOPTION_ASSESSMENT_REPOSITORY) private readonly assessments: AdoptionAssessmentRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(input: { adopters: { citizenId: string; name: string }[]; divisionCode: string; appliedOn: string }): Promise<AdoptionAssessment> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const assessment = AdoptionAssessment.apply(
      {
        id: randomUUID(),
        adopters: input.adopters.map((a, n) => ({ citizenId: CitizenId.parse(a.citizenId, `adopters[${n}].citizenId`, this.clock), name: a.name })),
        divisionCode: input.divisionCode,
        appliedOn: BusinessDate.parse(input.appliedOn, 'appliedOn'),
      },
      this.today(),
    );
    await this.assessments.save(assessment, null);
    return assessment;
  }

  async recordHomeStudy(id: string, input: { visitedOn: string; assessor: string; findings: string }, ifMatch?: number): Promise<AdoptionAssessment> {
    return this.change(id, ifMatch, (a) => a.recordHomeStudy({ ...input, visitedOn: BusinessDate.parse(input.visitedOn, 'visitedOn') }, this.today()));
  }

  async complete(
    id: string,
    input: { result: string; reasons: string[]; completedOn: string; validMonths?: number | null },
    ifMatch?: number,
  ): Promise<AdoptionAssessment> {
    const assessment = await this.change(id, ifMatch, (a) =>
      a.complete({ ...input, completedOn: BusinessDate.parse(input.completedOn, 'completedOn'), validMonths: input.validMonths ?? null }, this.today()),
    );
    const s = assessment.snapshot();
    await this.events.publish([
      {
        contract: AdoptionAssessmentCompleted,
        subject: s.id,
        data: { assessmentId: s.id, adopterCitizenIds: s.adopters.map((a) => a.citizenId.value), result: s.result!, completedOn: s.completedOn!.toString() },
      },
    ]);
    return assessment;
  }

  private async change(id: string, ifMatch: number | undefined, act: (assessment: AdoptionAssessment) => void): Promise<AdoptionAssessment> {
    const assessment = await this.assessments.find(id, { forUpdate: true });
    if (!assessment) throw adoptionAssessmentNotFound(id);
    if (ifMatch !== undefined && ifMatch !== assessment.version) throw new StaleVersionError(assessment.version);
    const expected = assessment.version;
    act(assessment);
    await this.assessments.save(assessment, expected);
    return assessment;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
